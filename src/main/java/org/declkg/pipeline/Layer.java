package org.declkg.pipeline;

/** What a stage adds to an {@link Annotation}; stages declare the layers they need and provide. */
public enum Layer {
    TEXT, SENTENCES, MENTIONS, TOKENS, HEADER, ACTS, ARGUMENTS, MEMBERSHIPS, GRAPH
}
