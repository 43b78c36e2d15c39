package org.declkg.normalise;

/** Character classes of Chinese text. */
public final class Chars {
    private Chars() {}

    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Han characters and the punctuation of Chinese text (full-width forms, quotes, title marks). */
    public static boolean isChinese(char c) {
        return isHan(c) || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFF65')
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·';
    }

    /** Punctuation that ends a paragraph properly. */
    public static boolean isTerminal(char c) {
        return "。！？；：…”’」』）.!?".indexOf(c) >= 0;
    }

    /** Letters, digits and Han: what is left of a paragraph for duplicate detection. */
    public static boolean isContent(char c) {
        return Character.isLetterOrDigit(c);
    }
}
