package org.declkg.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declkg.pipeline.Span;

/**
 * Spans of the normalised text as spans of the text as given, as Lucene's {@code correctOffset}
 * does: a span begins where its first character was read and ends after its last one. Offsets go
 * out counted in Unicode code points, as NIF, SPARQL's SUBSTR and a Python string count them.
 */
final class SourceOffsets {
    /** A character entity the markup stripper decodes to one character: the character ends after the ';'. */
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    private final String raw;
    private final String written;
    private final int[] rawOffsets;
    /** Code point index of each UTF-16 index of raw (length raw+1), or null when raw has no surrogate pair. */
    private final int[] codePoints;

    /**
     * @param written    the normalised text with each character as the source wrote it
     * @param rawOffsets the offset in raw of each character of the normalised text (length text+1)
     */
    SourceOffsets(String raw, String written, int[] rawOffsets) {
        this.raw = raw;
        this.written = written;
        this.rawOffsets = rawOffsets;
        this.codePoints = raw.codePointCount(0, raw.length()) == raw.length() ? null : codePointIndex(raw);
    }

    String source() { return raw; }

    /** Where a non-empty span of the normalised text lies in raw, in UTF-16 indices. */
    Span rawSpan(Span normalised) {
        if (normalised.isEmpty()) throw new IllegalArgumentException("an empty span has no place in the source");
        int last = rawOffsets[normalised.end() - 1];
        return new Span(rawOffsets[normalised.begin()], last + extent(last, written.charAt(normalised.end() - 1)));
    }

    /** A span of raw in UTF-16 indices as code point offsets. */
    Span codePoints(Span rawSpan) { return new Span(codePoint(rawSpan.begin()), codePoint(rawSpan.end())); }

    int codePoint(int utf16) { return codePoints == null ? utf16 : codePoints[utf16]; }

    /** How many UTF-16 units of raw the character read at {@code at} took: an entity, a surrogate pair, or one. */
    private int extent(int at, char read) {
        char c = raw.charAt(at);
        if (Character.isHighSurrogate(c) && at + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(at + 1))) return 2;
        if (c == '&' && (read != '&' || raw.startsWith("&amp;", at))) {
            Matcher m = ENTITY.matcher(raw).region(at, Math.min(raw.length(), at + 12));
            if (m.lookingAt()) return m.end() - at;
        }
        return 1;
    }

    private static int[] codePointIndex(String s) {
        int[] index = new int[s.length() + 1];
        int cp = 0;
        for (int i = 0; i < s.length(); i++) {
            boolean secondHalf = i > 0 && Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1));
            index[i] = secondHalf ? cp - 1 : cp++;
        }
        index[s.length()] = cp;
        return index;
    }
}
