package org.declkg.normalise;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes what is not text: a byte-order mark, carriage returns, HTML tags (even cut off) and entities. */
final class MarkupStripper {
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>\\n]*)?(?:/?>|(?=\\n)|$)");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, Character> NAMED = Map.of(
            "nbsp", ' ', "amp", '&', "lt", '<', "gt", '>', "quot", '"', "apos", '\'', "ensp", ' ', "emsp", ' ');

    TrackedText strip(String raw) {
        TrackedText out = new TrackedText();
        Matcher tag = TAG.matcher(raw);
        Matcher entity = ENTITY.matcher(raw);
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\uFEFF' || (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n')) {
                i++;
            } else if (c == '\r') {
                out.append('\n', i++);
            } else if (c == '<' && tag.find(i) && tag.start() == i) {
                i = tag.end();
            } else if (c == '&' && entity.find(i) && entity.start() == i && decode(entity.group(1)) != null) {
                out.append(decode(entity.group(1)), i);
                i = entity.end();
            } else {
                out.append(c, i++);
            }
        }
        return out;
    }

    private static Character decode(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) return (char) Integer.parseInt(name.substring(2), 16);
            if (name.startsWith("#")) return (char) Integer.parseInt(name.substring(1));
        } catch (NumberFormatException e) {
            return null;
        }
        return NAMED.get(name.toLowerCase());
    }
}
