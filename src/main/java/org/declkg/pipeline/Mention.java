package org.declkg.pipeline;

/** A name in the text resolved to a known entity: a gazetteer key of its kind (or a hash key when unknown). */
public record Mention(Span span, EntityKind kind, String key) {}
