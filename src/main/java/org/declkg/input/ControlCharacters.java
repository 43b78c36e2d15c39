package org.declkg.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Control characters other than tab and line breaks (and U+FFFE, U+FFFF) have no place in a
 * declaration and no place in RDF/XML or SPARQL XML results (XML 1.0 cannot carry them); written raw
 * they would also reach a terminal. Raw ones become spaces, so every offset still cuts the user's
 * file; ones written as character references ({@code &#27;}) stay as written here and are dropped
 * when the markup is read (normalise.MarkupStripper). Both are counted for one note per file.
 */
final class ControlCharacters {
    private static final Pattern REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    record Cleaned(String text, int raw, int referenced) {
        /** The note for the file, or null when there were none. */
        String note() {
            int n = raw + referenced;
            if (n == 0) return null;
            return n + " control character" + (n == 1 ? "" : "s") + " removed"
                    + (referenced > 0 ? " (" + referenced + " written as character references such as &#27;)" : "");
        }
    }

    private ControlCharacters() {}

    static boolean isUnwanted(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
    }

    static Cleaned clean(String text) {
        StringBuilder b = null;
        int raw = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isUnwanted(c)) continue;
            if (b == null) b = new StringBuilder(text);
            b.setCharAt(i, ' ');
            raw++;
        }
        int referenced = 0;
        if (text.indexOf("&#") >= 0) {
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                int c = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
                if (isUnwanted(c)) referenced++;
            }
        }
        return new Cleaned(b == null ? text : b.toString(), raw, referenced);
    }
}
