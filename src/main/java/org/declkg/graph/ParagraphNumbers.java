package org.declkg.graph;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declkg.knowledge.Numerals;

/**
 * The numbers a text gives its paragraphs and sections, read from the text as given, since the
 * normaliser strips them: a paragraph's number is what stands before it on its line ("1.", "（三）",
 * "一、", "1.2"); a section's is the numeral opening a line of its own ("三", "一、政治合作").
 * Markup and width are set aside first, so "&lt;p&gt;１．" reads as "1.".
 */
final class ParagraphNumbers {
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    /** All of what precedes a paragraph on its line, when that is a list marker. */
    private final Pattern marker;
    /** A line that opens with a section number in numerals (not digits: a lone digit is more often a page number). */
    private final Pattern heading;

    ParagraphNumbers(Numerals numerals) {
        String n = numerals.characterClass();
        this.marker = Pattern.compile("\\(?([" + n + "0-9]{1,6}(?:\\.[0-9]{1,3})*)\\)?[、.]?");
        this.heading = Pattern.compile("\\(?([" + n + "]{1,6})\\)?(?:[、.\\s].*)?");
    }

    /** The number written before the paragraph that starts at {@code begin} of {@code raw}, or null. */
    String paragraphNumber(String raw, int begin) {
        String before = plain(raw.substring(lineStart(raw, begin), begin));
        if (before.isEmpty()) return null;
        Matcher m = marker.matcher(before);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * The number of the last numbered heading on the lines between {@code from} (the end of the paragraph
     * before) and the line of the paragraph that starts at {@code begin}, or null.
     */
    String sectionNumber(String raw, int from, int begin) {
        int to = lineStart(raw, begin);
        if (to <= from) return null;
        String found = null;
        for (String line : raw.substring(from, to).split("[\r\n]+")) {
            Matcher m = heading.matcher(plain(line));
            if (m.matches()) found = m.group(1);
        }
        return found;
    }

    private static int lineStart(String raw, int at) {
        while (at > 0 && raw.charAt(at - 1) != '\n' && raw.charAt(at - 1) != '\r') at--;
        return at;
    }

    /** Tags and entities out, widths folded (NFKC: "（" is "(", "１" is "1"), spaces trimmed. */
    private static String plain(String s) {
        String text = ENTITY.matcher(TAG.matcher(s).replaceAll("")).replaceAll(" ");
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
