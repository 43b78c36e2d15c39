package org.declkg.normalise;

import java.util.Arrays;

/**
 * A string under construction whose every character remembers its offset in the original text and
 * its form as written there (before a Traditional character was simplified), as Lucene's char
 * filters keep an offset correction map.
 */
final class TrackedText {
    private final StringBuilder chars;
    private final StringBuilder written;
    private int[] offsets;

    TrackedText() { this(64); }

    /** A text expected to grow to about {@code capacity} characters. */
    TrackedText(int capacity) {
        chars = new StringBuilder(capacity);
        written = new StringBuilder(capacity);
        offsets = new int[Math.max(capacity, 16)];
    }

    void append(char c, int rawOffset) { append(c, c, rawOffset); }

    private void append(char c, char asWritten, int rawOffset) {
        if (chars.length() == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
        offsets[chars.length()] = rawOffset;
        chars.append(c);
        written.append(asWritten);
    }

    void append(TrackedText other, int from, int to) {
        for (int i = from; i < to; i++) append(other.charAt(i), other.written.charAt(i), other.offset(i));
    }

    int length() { return chars.length(); }

    char charAt(int i) { return chars.charAt(i); }

    int offset(int i) { return offsets[i]; }

    /** Replaces a character, in the text and in its written form (width folding, punctuation). */
    void set(int i, char c) {
        chars.setCharAt(i, c);
        written.setCharAt(i, c);
    }

    /** Replaces a character of the text only: the written form keeps the source's (a simplified character). */
    void simplify(int i, char c) { chars.setCharAt(i, c); }

    String substring(int from, int to) { return chars.substring(from, to); }

    @Override
    public String toString() { return chars.toString(); }

    /** The text with each character as the source wrote it (same length and offsets as {@link #toString}). */
    String written() { return written.toString(); }

    /** Offsets of each character plus, at the end, {@code rawLength} (the end of the last). */
    int[] offsets(int rawLength) {
        int[] out = Arrays.copyOf(offsets, chars.length() + 1);
        out[chars.length()] = rawLength;
        return out;
    }
}
