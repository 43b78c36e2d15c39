package org.declkg.pipeline;

/** A sentence of the normalised text, numbered from 0 in reading order. */
public record Sentence(int index, Span span) {}
