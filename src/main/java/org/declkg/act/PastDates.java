package org.declkg.act;

import org.declkg.knowledge.DateParser;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.DateMention;
import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.Span;

/**
 * Whether a clause dates what it reports before the declaration ("2013年两国签署了《X》"): a document
 * signed or adopted then is only mentioned, never signed or adopted at this meeting.
 */
final class PastDates {
    private final Annotation doc;
    private final DateParser dates;
    private final DateValue declared;

    PastDates(Annotation doc, DateParser dates) {
        this.doc = doc;
        this.dates = dates;
        this.declared = doc.header() == null ? null : doc.header().date();
    }

    /** Whether {@code span} gives a date before the declaration's (when the declaration's is known). */
    boolean in(Span span) {
        if (declared == null || span.isEmpty()) return false;
        for (DateMention d : dates.parse(doc.cover(span), span.begin(), declared.year())) {
            DateValue v = d.end() != null ? d.end() : d.start();
            if (before(v, declared)) return true;
        }
        return false;
    }

    private static boolean before(DateValue a, DateValue b) {
        if (a.year() != b.year()) return a.year() < b.year();
        if (a.month() == 0 || b.month() == 0 || a.month() != b.month()) return a.month() != 0 && b.month() != 0 && a.month() < b.month();
        return a.day() != 0 && b.day() != 0 && a.day() < b.day();
    }
}
