package org.declkg.argument;

import org.declkg.pipeline.Argument;
import org.declkg.pipeline.Span;

/** Says what one span names; the readers of lists, proposals and titles ask it of their pieces. */
interface Classifier {
    /** The thing {@code part} names, or null; {@code tail} completes a conjunct that shares its head noun. */
    Argument classify(Span part, String tail);
}
