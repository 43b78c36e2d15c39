package org.declkg.normalise;

import java.util.Arrays;

/**
 * A string under construction whose every character remembers its offset in the original text and
 * its form as written there (before a Traditional character was simplified), as Lucene's char
 * filters keep an offset correction map.
 */
final class TrackedText {
    private char[] chars;
    private char[] written;
    private int[] offsets;
    private int length;

    TrackedText() { this(64); }

    /** A text expected to grow to about {@code capacity} characters. */
    TrackedText(int capacity) {
        int n = Math.max(capacity, 16);
        chars = new char[n];
        written = new char[n];
        offsets = new int[n];
    }

    void append(char c, int rawOffset) {
        room(1);
        chars[length] = c;
        written[length] = c;
        offsets[length++] = rawOffset;
    }

    void append(TrackedText other, int from, int to) {
        int n = to - from;
        room(n);
        System.arraycopy(other.chars, from, chars, length, n);
        System.arraycopy(other.written, from, written, length, n);
        System.arraycopy(other.offsets, from, offsets, length, n);
        length += n;
    }

    private void room(int more) {
        if (length + more <= chars.length) return;
        int n = Math.max(chars.length * 2, length + more);
        chars = Arrays.copyOf(chars, n);
        written = Arrays.copyOf(written, n);
        offsets = Arrays.copyOf(offsets, n);
    }

    int length() { return length; }

    char charAt(int i) { return chars[i]; }

    int offset(int i) { return offsets[i]; }

    /** Replaces a character, in the text and in its written form (width folding, punctuation). */
    void set(int i, char c) {
        chars[i] = c;
        written[i] = c;
    }

    /** Replaces a character of the text only: the written form keeps the source's (a simplified character). */
    void simplify(int i, char c) { chars[i] = c; }

    String substring(int from, int to) { return new String(chars, from, to - from); }

    @Override
    public String toString() { return new String(chars, 0, length); }

    /** The text with each character as the source wrote it (same length and offsets as {@link #toString}). */
    String written() { return new String(written, 0, length); }

    /** Offsets of each character plus, at the end, {@code rawLength} (the end of the last). */
    int[] offsets(int rawLength) {
        int[] out = Arrays.copyOf(offsets, length + 1);
        out[length] = rawLength;
        return out;
    }
}
