package org.declkg.pipeline;

/**
 * A reference to a named entity: known (a gazetteer key) or not (key {@code null}, then the label
 * is all we know and the graph gives it a key from the label).
 */
public record Ref(EntityKind kind, String key, String label) {
    public boolean known() { return key != null; }
}
