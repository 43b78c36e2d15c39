package org.declkg.act;

import java.util.List;
import org.declkg.knowledge.DateParser;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.DateMention;
import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Span;

/**
 * Whether a clause dates what it reports before the declaration ("2013年两国签署了《X》"): a document
 * signed or adopted then is only mentioned, never signed or adopted at this meeting.
 */
final class PastDates {
    /** How many characters a sentence's opening date may have beside it ("当地时间…上午"). */
    private static final int MAX_BESIDE_DATE = 6;
    private final Annotation doc;
    private final DateParser dates;
    private final DateValue declared;

    PastDates(Annotation doc, DateParser dates) {
        this.doc = doc;
        this.dates = dates;
        this.declared = doc.header() == null ? null : doc.header().date();
    }

    /**
     * Whether {@code span}, or a date that opens its sentence ("2013年，两国签署了…"), gives a date before
     * the declaration's (when the declaration's is known).
     */
    boolean in(Span span) {
        if (declared == null || span.isEmpty()) return false;
        Span lead = leadingDate(span.begin());
        return datesBefore(span) || lead != null && datesBefore(lead);
    }

    private boolean datesBefore(Span span) {
        for (DateMention d : dates.parse(doc.cover(span), span.begin(), declared.year())) {
            DateValue v = d.end() != null ? d.end() : d.start();
            if (before(v, declared)) return true;
        }
        return false;
    }

    /** The first piece of the sentence of {@code pos}, before it, when that piece is little more than a date. */
    private Span leadingDate(int pos) {
        for (Sentence s : doc.sentences()) {
            if (!s.span().contains(new Span(pos, pos))) continue;
            List<Span> pieces = Segments.of(doc.text(), s.span());
            if (pieces.size() < 2 || pieces.get(0).end() > pos) return null;
            Span first = pieces.get(0);
            int dated = 0;
            for (DateMention d : dates.parse(doc.cover(first), first.begin(), declared.year())) dated += d.span().length();
            return dated > 0 && first.length() - dated <= MAX_BESIDE_DATE ? first : null;
        }
        return null;
    }

    private static boolean before(DateValue a, DateValue b) {
        if (a.year() != b.year()) return a.year() < b.year();
        if (a.month() == 0 || b.month() == 0 || a.month() != b.month()) return a.month() != 0 && b.month() != 0 && a.month() < b.month();
        return a.day() != 0 && b.day() != 0 && a.day() < b.day();
    }
}
