package org.declkg.normalise;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what is not text: a byte-order mark, carriage returns, HTML tags (even cut off) and
 * entities, and control characters other than tab and line breaks, raw or written as character
 * references ({@code &#27;}). Each tag or entity is tried only where it starts (a region match), so
 * the work is linear in the text: a text of nothing but {@code &} or {@code <} costs no more than any other.
 */
final class MarkupStripper {
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>\\n]*)?(?:/?>|(?=\\n)|$)");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, Character> NAMED = Map.of(
            "nbsp", ' ', "amp", '&', "lt", '<', "gt", '>', "quot", '"', "apos", '\'', "ensp", ' ', "emsp", ' ');
    /** What a character reference to a control character, a surrogate or no character at all reads as: nothing. */
    private static final String NOTHING = "";

    TrackedText strip(String raw) {
        TrackedText out = new TrackedText(raw.length());
        Matcher tag = TAG.matcher(raw);
        Matcher entity = ENTITY.matcher(raw);
        int n = raw.length();
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            if (c == '\uFEFF' || (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n')) {
                i++;
            } else if (c == '\r') {
                out.append('\n', i++);
            } else if (unwanted(c)) {
                i++;
            } else if (c == '<' && tag.region(i, n).lookingAt()) {
                i = tag.end();
            } else if (c == '&' && entity.region(i, n).lookingAt() && decode(entity.group(1)) != null) {
                String text = decode(entity.group(1));
                for (int k = 0; k < text.length(); k++) out.append(text.charAt(k), i);
                i = entity.end();
            } else {
                out.append(c, i++);
            }
        }
        return out;
    }

    /** Control characters other than tab and line breaks, and the non-characters U+FFFE and U+FFFF. */
    private static boolean unwanted(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
    }

    /** The text an entity stands for; empty for a reference to an unwanted character; null for no entity. */
    private static String decode(String name) {
        int code;
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) code = Integer.parseInt(name.substring(2), 16);
            else if (name.startsWith("#")) code = Integer.parseInt(name.substring(1));
            else {
                Character c = NAMED.get(name.toLowerCase());
                return c == null ? null : c.toString();
            }
        } catch (NumberFormatException e) {
            return null;
        }
        if (code == 0 || unwanted(code) || (code >= 0xD800 && code <= 0xDFFF) || code > Character.MAX_CODE_POINT)
            return NOTHING;
        return new String(Character.toChars(code));
    }
}
