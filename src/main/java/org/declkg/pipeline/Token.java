package org.declkg.pipeline;

/** A word with its part-of-speech tag (HanLP's PKU-style tags: n, v, d, ns, nt ...). */
public record Token(Span span, String word, String tag) {}
