package org.declkg.pipeline;

import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.Span;

/** A date or date range written in the text; {@code end} is null for a single date. */
public record DateMention(Span span, DateValue start, DateValue end) {}
