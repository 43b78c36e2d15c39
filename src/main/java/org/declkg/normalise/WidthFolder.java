package org.declkg.normalise;

/**
 * Gives punctuation the width of the text around it: half-width {@code , : ; ? !} and parentheses
 * inside Chinese become full-width; full-width letters and digits become ASCII. One character in,
 * one character out, so offsets are untouched.
 */
final class WidthFolder {
    private static final String HALF = ",:;?!";
    private static final String FULL = "，：；？！";

    void fold(TrackedText t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) t.set(i, (char) (c - 0xFEE0));
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int k = HALF.indexOf(c);
            if (k >= 0 && chineseAround(t, i, i)) {
                t.set(i, FULL.charAt(k));
            } else if (c == '(') {
                int close = closing(t, i);
                if (close > 0 && chineseAround(t, i, close)) {
                    t.set(i, '（');
                    t.set(close, '）');
                }
            } else if (c == '\u3000' || c == '\u00A0' || c == '\t') {
                t.set(i, ' ');
            }
        }
    }

    private static int closing(TrackedText t, int open) {
        for (int j = open + 1; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == ')') return j;
            if (c == '(' || c == '\n') return -1;
        }
        return -1;
    }

    /** Chinese on either side of [from, to], or anywhere inside it. */
    private static boolean chineseAround(TrackedText t, int from, int to) {
        for (int j = from; j <= to; j++) if (Chars.isChinese(t.charAt(j)) && j != from && j != to) return true;
        return neighbour(t, from, -1) || neighbour(t, to, +1);
    }

    private static boolean neighbour(TrackedText t, int i, int step) {
        for (int j = i + step; j >= 0 && j < t.length(); j += step) {
            char c = t.charAt(j);
            if (c == ' ') continue;
            return Chars.isChinese(c);
        }
        return false;
    }
}
