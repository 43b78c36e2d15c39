package org.declkg.normalise;

import java.util.Arrays;

/** A string under construction whose every character remembers its offset in the original text. */
final class TrackedText {
    private final StringBuilder chars = new StringBuilder();
    private int[] offsets = new int[64];

    void append(char c, int rawOffset) {
        if (chars.length() == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
        offsets[chars.length()] = rawOffset;
        chars.append(c);
    }

    void append(TrackedText other, int from, int to) {
        for (int i = from; i < to; i++) append(other.charAt(i), other.offset(i));
    }

    int length() { return chars.length(); }

    char charAt(int i) { return chars.charAt(i); }

    int offset(int i) { return offsets[i]; }

    void set(int i, char c) { chars.setCharAt(i, c); }

    String substring(int from, int to) { return chars.substring(from, to); }

    @Override
    public String toString() { return chars.toString(); }

    /** Offsets of each character plus, at the end, {@code rawLength} (the end of the last). */
    int[] offsets(int rawLength) {
        int[] out = Arrays.copyOf(offsets, chars.length() + 1);
        out[chars.length()] = rawLength;
        return out;
    }
}
