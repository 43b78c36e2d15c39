package org.declkg.header;

import java.util.List;
import org.declkg.knowledge.DateParser;
import org.declkg.knowledge.Gazetteer;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.Grammar.Role;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.DateMention;
import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Ref;
import org.declkg.pipeline.Span;

/**
 * The line that closes a declaration with where and when it was made ("DATE于PLACE", "DATE，PLACE",
 * "DATE PLACE"): the last paragraph of the text when it holds a full date and, besides it, at most a
 * time preposition, separators and one place.
 */
final class ClosingDateline {
    private static final String SEPARATORS = "，,、 \t";
    /** The longest name of a place the knowledge base does not know ("海南省三亚市"). */
    private static final int MAX_PLACE_NAME = 8;

    /** The date and place of a dateline; the place may be null. */
    record Found(Span span, DateValue date, Ref place) {}

    private final DateParser dates;
    private final Gazetteer gazetteer;
    private final List<String> timePrepositions;

    ClosingDateline(DateParser dates, Gazetteer gazetteer, Grammar grammar) {
        this.dates = dates;
        this.gazetteer = gazetteer;
        this.timePrepositions = grammar.words(Role.TIME_PREPOSITION);
    }

    /** The text's closing dateline, or null. */
    Found in(Annotation doc) {
        String text = doc.text();
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int begin = text.lastIndexOf('\n', end - 1) + 1;
        if (begin == 0 || end <= begin) return null; // a text of one paragraph is no text with a dateline
        Span line = new Span(begin, end);
        List<DateMention> found = dates.parse(line.of(text), begin);
        if (found.size() != 1 || found.get(0).start().precision() != DateValue.Precision.DAY) return null;
        DateMention date = found.get(0);
        String before = text.substring(begin, date.span().begin()).strip();
        if (!before.isEmpty()) return null;
        int from = skipSeparators(text, date.span().end(), end);
        for (String p : timePrepositions)
            if (text.startsWith(p, from)) from = skipSeparators(text, from + p.length(), end);
        if (from == end) return new Found(line, date.start(), null);
        Ref place = place(doc, new Span(from, end));
        return place == null ? null : new Found(line, date.start(), place);
    }

    /** The rest of the line is one place: a known one, or a short name of characters alone. */
    private Ref place(Annotation doc, Span rest) {
        String text = doc.text();
        int end = rest.end();
        while (end > rest.begin() && SEPARATORS.indexOf(text.charAt(end - 1)) >= 0) end--;
        Mention m = doc.mentionStartingAt(rest.begin());
        if (m != null && m.span().end() == end && (m.kind() == EntityKind.PLACE || m.kind() == EntityKind.STATE)) {
            Gazetteer.Entry e = gazetteer.entry(m.kind(), m.key());
            return new Ref(m.kind(), m.key(), e != null ? e.labelZh() : doc.cover(m.span()));
        }
        if (!doc.mentionsIn(new Span(rest.begin(), end)).isEmpty()) return null; // "北京举行": more than a place
        String name = text.substring(rest.begin(), end);
        boolean word = name.length() >= 2 && name.length() <= MAX_PLACE_NAME && name.codePoints().allMatch(Character::isIdeographic);
        return word ? new Ref(EntityKind.PLACE, null, name) : null;
    }

    private static int skipSeparators(String text, int from, int end) {
        while (from < end && SEPARATORS.indexOf(text.charAt(from)) >= 0) from++;
        return from;
    }
}
