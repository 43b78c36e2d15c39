package org.declkg.eval;

import java.util.List;
import java.util.Map;

/**
 * One scorable fact, from a gold file or read back from a graph: a category ("supports", "event"…),
 * the thing's label, other labels it may go by, and its attributes ("actors", "type", "start", "place"…).
 */
public record Fact(String category, String label, List<String> aliases, Map<String, String> attributes) {
    public Fact {
        aliases = List.copyOf(aliases);
        attributes = Map.copyOf(attributes);
    }

    public static Fact of(String category, String label) { return new Fact(category, label, List.of(), Map.of()); }

    public String get(String key) { return attributes.get(key); }

    /** The label and the aliases. */
    public List<String> labels() {
        if (aliases.isEmpty()) return List.of(label);
        List<String> all = new java.util.ArrayList<>(aliases.size() + 1);
        all.add(label);
        all.addAll(aliases);
        return all;
    }

    /** "label [key=value; …]" for reports. */
    public String describe() {
        if (attributes.isEmpty()) return label;
        StringBuilder b = new StringBuilder(label).append("  [");
        attributes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(b.charAt(b.length() - 1) == '[' ? "" : "; ").append(e.getKey()).append('=').append(e.getValue()));
        return b.append(']').toString();
    }
}
