package org.declkg.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a web page puts around a declaration ({@code furniture.csv}): lines with a site's words (字号,
 * 分享到, 来源：) that are short, and lines that are wholly a timestamp, an address or a bullet item.
 */
public final class Furniture {
    /** A line longer than this is text, whatever words it has. */
    private static final int SHORT_LINE = 60;

    private final List<String> words = new ArrayList<>();
    private final List<Pattern> lines = new ArrayList<>();

    public Furniture(KnowledgeBase kb) {
        for (Map<String, String> row : kb.rows("furniture.csv")) {
            if ("regex".equals(row.get("kind"))) lines.add(Pattern.compile(row.get("pattern")));
            else words.add(row.get("pattern"));
        }
    }

    /** Whether a line (trimmed) is page furniture. */
    public boolean is(String line) {
        for (Pattern p : lines) if (p.matcher(line).matches()) return true;
        if (line.length() > SHORT_LINE) return false;
        String squeezed = line.replaceAll("\\s+", "");
        return words.stream().anyMatch(squeezed::contains);
    }
}
