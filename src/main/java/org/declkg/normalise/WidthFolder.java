package org.declkg.normalise;

/**
 * Gives punctuation the width of the text around it: half-width {@code , : ; ? !}, parentheses and
 * double quotes inside Chinese become full-width (quotes become “ and ”), and so does a full stop
 * ending a line of Chinese or standing after a bracket closed in Chinese text; full-width letters and digits become ASCII. One character in, one character out, so offsets are untouched.
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
            } else if (c == '.' && i > 0 && Chars.isHan(t.charAt(i - 1)) && endsLine(t, i)) {
                t.set(i, '。'); // "…合作." at the end of a line: a Chinese full stop typed half-width
            } else if (c == '.' && closesBracketInText(t, i - 1) && (endsLine(t, i) || neighbour(t, i, +1))) {
                t.set(i, '。'); // "…峰会（2024年）." ends a sentence; "（三）." opening a line is a paragraph number
            } else if (c == '"') {
                int close = closingQuote(t, i);
                if (close > 0 && chineseAround(t, i, close)) { // "南海行为准则" → “南海行为准则”
                    t.set(i, '“');
                    t.set(close, '”');
                    i = close;
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

    private static boolean endsLine(TrackedText t, int i) {
        for (int j = i + 1; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return true;
    }

    private static final String CLOSERS = "）”’》」』";
    private static final String OPENERS = "（“‘《「『";

    /** A closing bracket or quote at {@code i} whose opening one follows some text on its line. */
    private static boolean closesBracketInText(TrackedText t, int i) {
        if (i < 0 || CLOSERS.indexOf(t.charAt(i)) < 0) return false;
        char open = OPENERS.charAt(CLOSERS.indexOf(t.charAt(i)));
        int j = i - 1;
        while (j >= 0 && t.charAt(j) != open && t.charAt(j) != '\n') j--;
        if (j < 0 || t.charAt(j) != open) return false;
        for (int k = j - 1; k >= 0 && t.charAt(k) != '\n'; k--) if (Chars.isHan(t.charAt(k))) return true;
        return false;
    }

    private static int closingQuote(TrackedText t, int open) {
        for (int j = open + 1; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == '"') return j;
            if (c == '\n') return -1;
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
