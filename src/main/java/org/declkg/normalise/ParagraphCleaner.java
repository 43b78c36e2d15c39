package org.declkg.normalise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.declkg.knowledge.DateParser;
import org.declkg.knowledge.Furniture;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.Grammar.Role;
import org.declkg.knowledge.HeadNouns;
import org.declkg.knowledge.Numerals;

/**
 * Turns lines into clean paragraphs: trims and squeezes spaces, drops numbering and lone headings,
 * joins a sentence broken across paragraphs, and drops repeated paragraphs (keeping the first).
 */
final class ParagraphCleaner {
    private final Pattern numbering;
    /** Words a heading never ends with: it would go on in the next line ("…和"). */
    private final List<String> joiners;
    private static final int HEADING_MAX = 24;
    private static final int NEAR_DUPLICATE_WINDOW = 64;
    /** How many paragraphs at the top may hold the title (a site's name and a breadcrumb may come first). */
    private static final int TITLE_CANDIDATES = 8;
    private static final int TITLE_MAX = 120;

    private final Predicate<String> opensWithSubject;
    private final Furniture furniture;
    private final DateParser dates;
    private final HeadNouns heads;

    /** @param opensWithSubject true for a line that starts with a sentence subject (a state, "the member states") */
    ParagraphCleaner(Predicate<String> opensWithSubject, Grammar grammar, Numerals numerals, Furniture furniture,
                     DateParser dates, HeadNouns heads) {
        this.dates = dates;
        this.heads = heads;
        this.opensWithSubject = opensWithSubject;
        this.furniture = furniture;
        String n = numerals.characterClass();
        this.numbering = Pattern.compile("[（(]?[" + n + "0-9IVXLivxl]{1,6}[)）、.．]?");
        this.joiners = grammar.words(Role.CONJUNCTION, Role.ATTRIBUTIVE, Role.LIST_SEPARATOR);
    }

    TrackedText clean(TrackedText in) {
        List<TrackedText> paragraphs = new ArrayList<>();
        for (TrackedText line : lines(in)) {
            String s = line.toString();
            if (s.isEmpty() || numbering.matcher(s).matches() || isFurniture(s)) continue;
            int marker = furniture.marker(s);
            if (marker > 0 && marker < s.length()) line = from(line, marker);
            paragraphs.add(line);
        }
        paragraphs = repair(paragraphs);
        paragraphs = dropDuplicates(paragraphs);
        TrackedText out = new TrackedText();
        for (int p = 0; p < paragraphs.size(); p++) {
            TrackedText para = paragraphs.get(p);
            if (p > 0) out.append('\n', para.offset(0));
            out.append(para, 0, para.length());
        }
        return out;
    }

    /** A line of the page around the declaration: the knowledge base's furniture, or a line with no Chinese at all. */
    private boolean isFurniture(String line) {
        return furniture.is(line) || line.chars().noneMatch(c -> Chars.isHan((char) c));
    }

    /** Splits at newlines; trims each line and removes spaces that stand between Chinese characters. */
    private static List<TrackedText> lines(TrackedText in) {
        List<TrackedText> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= in.length(); i++) {
            if (i == in.length() || in.charAt(i) == '\n') {
                out.add(squeeze(in, start, i));
                start = i + 1;
            }
        }
        return out;
    }

    private static TrackedText squeeze(TrackedText in, int from, int to) {
        while (from < to && Character.isWhitespace(in.charAt(from))) from++;
        while (to > from && Character.isWhitespace(in.charAt(to - 1))) to--;
        TrackedText out = new TrackedText(to - from);
        for (int i = from; i < to; i++) {
            char c = in.charAt(i);
            if (Character.isWhitespace(c)) {
                int j = i;
                while (j < to && Character.isWhitespace(in.charAt(j))) j++;
                boolean between = Chars.isChinese(in.charAt(i - 1)) || Chars.isChinese(in.charAt(j));
                if (!between) out.append(' ', in.offset(i));
                i = j - 1;
            } else {
                out.append(in, i, i + 1);
            }
        }
        return out;
    }

    /**
     * A paragraph that stops without closing punctuation continues in the next one, unless it is the
     * title (the first paragraph, or one near the top that names a document, under a site's name), a
     * short heading (dropped) or a dateline ("2031年5月8日于北京": kept, alone). A line that opens with
     * a subject is no heading. A title repeated at the start of the next paragraph is left out there.
     */
    private List<TrackedText> repair(List<TrackedText> in) {
        List<TrackedText> out = new ArrayList<>();
        String title = null;
        for (int i = 0; i < in.size(); i++) {
            TrackedText para = in.get(i);
            String s = para.toString();
            if (title != null && s.length() > title.length() && s.startsWith(title)) {
                para = from(para, title.length());
                s = para.toString();
            }
            title = null;
            if (i < TITLE_CANDIDATES && isTitle(s)) {
                out.add(para);
                title = s;
                continue;
            }
            boolean open = !Chars.isTerminal(s.charAt(s.length() - 1));
            boolean heading = s.length() <= HEADING_MAX && !opensWithSubject.test(s) && !hasPunctuation(s)
                    && joiners.stream().noneMatch(s::endsWith);
            if (i > 0 && open && heading && dates.parse(s, 0).isEmpty()) continue;
            if (i > 0 && open && heading) { // a dateline: the declaration's date and place, a paragraph of its own
                out.add(para);
                continue;
            }
            while (i > 0 && open && i + 1 < in.size()) {
                TrackedText joined = new TrackedText();
                joined.append(para, 0, para.length());
                TrackedText next = in.get(++i);
                joined.append(next, 0, next.length());
                para = joined;
                s = para.toString();
                open = !Chars.isTerminal(s.charAt(s.length() - 1));
            }
            out.add(para);
        }
        return out;
    }

    /** A line that names a document and is no sentence: "…峰会宣言", "…联合声明（全文）"; a list may be in it ("关于A、B的声明"). */
    private boolean isTitle(String s) {
        return s.length() <= TITLE_MAX && !hasPunctuation(s.replace("、", "")) && heads.namesDocument(s);
    }

    /** The paragraph from {@code begin}, spaces there left out. */
    private static TrackedText from(TrackedText para, int begin) {
        while (begin < para.length() && Character.isWhitespace(para.charAt(begin))) begin++;
        TrackedText rest = new TrackedText();
        rest.append(para, begin, para.length());
        return rest;
    }

    private static boolean hasPunctuation(String s) {
        for (char c : s.toCharArray()) if ("，。；：、！？".indexOf(c) >= 0) return true;
        return false;
    }

    private static List<TrackedText> dropDuplicates(List<TrackedText> in) {
        Set<String> seen = new HashSet<>();
        List<Similarity.Bigrams> recent = new ArrayList<>();
        List<TrackedText> out = new ArrayList<>();
        for (TrackedText para : in) {
            String key = contentOf(para.toString());
            if (!key.isEmpty() && seen.contains(key)) continue;
            if (key.length() >= 20) {
                Similarity.Bigrams grams = new Similarity.Bigrams(key);
                if (recent.stream().anyMatch(r -> r.mayBeNear(grams) && r.nearlyEqual(grams))) continue;
                recent.add(grams);
                if (recent.size() > NEAR_DUPLICATE_WINDOW) recent.remove(0);
            }
            seen.add(key);
            out.add(para);
        }
        return out;
    }

    private static String contentOf(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) if (Chars.isContent(c)) b.append(c);
        return b.toString();
    }
}
