package org.declkg.knowledge;

import java.util.BitSet;

/** Tracks nesting of the paired marks of Chinese text, so splitting never happens inside a title or a quote. */
public final class Brackets {
    private static final String OPEN = "《“（「『‘〈【(";
    private static final String CLOSE = "》”）」』’〉】)";
    /** Both kinds of mark, tested first: splitters pass every character through {@link #accept}. */
    private static final BitSet MARKS = new BitSet();
    static {
        (OPEN + CLOSE).chars().forEach(MARKS::set);
    }
    private int depth;

    public void accept(char c) {
        if (!MARKS.get(c)) return;
        if (OPEN.indexOf(c) >= 0) depth++;
        else if (depth > 0) depth--;
    }

    public boolean outside() { return depth == 0; }

    public Brackets copy() {
        Brackets b = new Brackets();
        b.depth = depth;
        return b;
    }

    /** Whether {@code c} opens or closes a bracket. */
    public static boolean isMark(char c) { return MARKS.get(c); }

    public static boolean isOpen(char c) { return OPEN.indexOf(c) >= 0; }

    public static boolean isClose(char c) { return CLOSE.indexOf(c) >= 0; }

    /** Index of the mark closing the one opened at {@code open}, or -1. */
    public static int closing(String text, int open, int limit) {
        Brackets b = new Brackets();
        for (int i = open; i < limit; i++) {
            b.accept(text.charAt(i));
            if (b.outside()) return i;
        }
        return -1;
    }
}
