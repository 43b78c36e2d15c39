package org.declkg.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a web page puts around a declaration ({@code furniture.csv}): lines with a site's words (字号,
 * 分享到, 来源：) that are short, lines that are wholly a timestamp, an address or a bullet item, and
 * the paragraph numbers a paragraph may open with (1. （三） ① 第一条).
 */
public final class Furniture {
    /** A line longer than this is text, whatever words it has. */
    private static final int SHORT_LINE = 60;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Stands in a marker's pattern for any numeral of {@code numerals.csv}. */
    private static final String NUMERAL = "{numeral}";

    private final List<String> words = new ArrayList<>();
    /**
     * The whole-line patterns as one alternation, one match per line instead of one per pattern (so a
     * pattern must not refer back to its own groups by number).
     */
    private final Pattern lines;
    private final List<Pattern> markers = new ArrayList<>();

    public Furniture(KnowledgeBase kb, Numerals numerals) {
        List<String> linePatterns = new ArrayList<>();
        for (Map<String, String> row : kb.rows("furniture.csv")) {
            String pattern = row.get("pattern");
            switch (row.get("kind")) {
                case "regex" -> linePatterns.add(Pattern.compile(pattern).pattern()); // alone first: a broken row fails as itself
                case "marker" -> markers.add(Pattern.compile(pattern.replace(NUMERAL, numerals.characterClass())));
                default -> words.add(pattern);
            }
        }
        lines = Pattern.compile(linePatterns.isEmpty() ? "(?!)" : "(?:" + String.join(")|(?:", linePatterns) + ")");
    }

    /** Whether a line (trimmed) is page furniture. */
    public boolean is(String line) {
        if (lines.matcher(line).matches()) return true;
        if (line.length() > SHORT_LINE) return false;
        String squeezed = SPACES.matcher(line).replaceAll("");
        return words.stream().anyMatch(squeezed::contains);
    }

    /** The length of the paragraph number a line (trimmed) opens with, spaces after it included; 0 for none. */
    public int marker(String line) {
        int longest = 0;
        for (Pattern p : markers) {
            Matcher m = p.matcher(line);
            if (m.lookingAt()) longest = Math.max(longest, m.end());
        }
        int end = longest;
        while (end > 0 && end < line.length() && Character.isWhitespace(line.charAt(end))) end++;
        return end;
    }
}
