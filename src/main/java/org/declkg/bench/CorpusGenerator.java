package org.declkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declkg.knowledge.DateParser;
import org.declkg.knowledge.Grammar.Role;
import org.declkg.knowledge.HeadNouns;
import org.declkg.knowledge.Knowledge;
import org.declkg.pipeline.DateMention;
import org.declkg.pipeline.DateValue;

/**
 * Declaration-like texts made from one real text: each keeps the title and opening paragraph but
 * gets its own date and place, and its other paragraphs in its own order, so each graph differs.
 */
public final class CorpusGenerator {
    /** How many characters of the title before its head noun name the place (a city, two characters, before 宣言). */
    private static final int PLACE_IN_TITLE = 2;

    private final String[] paragraphs;
    private final List<String> places;
    private final HeadNouns heads;
    private final DateParser dates;
    private final String year, month, day;
    private final Pattern yearPattern;

    /** @param places names the generator may put where the title and opening name the meeting's place */
    public CorpusGenerator(String text, List<String> places, Knowledge k) {
        this.paragraphs = Arrays.stream(text.split("\n")).filter(p -> !p.isBlank()).toArray(String[]::new);
        this.places = places;
        this.heads = k.heads();
        this.dates = k.dates();
        this.year = k.grammar().word(Role.YEAR_UNIT);
        this.month = k.grammar().word(Role.MONTH_UNIT);
        this.day = k.grammar().word(Role.DAY_UNIT);
        this.yearPattern = Pattern.compile("(\\d{4})" + Pattern.quote(year));
    }

    public String text(int i) {
        Random random = new Random(i);
        String title = withPlace(paragraphs[0], places.get(i % places.size()));
        String opening = withDate(paragraphs[1], (2000 + i / 336) + year + (1 + i / 28 % 12) + month + (1 + i % 28) + day);
        List<String> body = new ArrayList<>(Arrays.asList(paragraphs).subList(2, paragraphs.length));
        Collections.shuffle(body, random);
        StringBuilder b = new StringBuilder(title).append('\n').append(opening).append('\n');
        int shift = random.nextInt(5);
        for (String p : body) b.append(shiftYears(p, shift)).append('\n');
        return b.toString();
    }

    /** The file name of text {@code i}. */
    public static String name(int i) { return String.format("generated-%04d.txt", i); }

    /** Writes texts 0..n-1 into {@code dir}, one file each; their paths in order. */
    public List<Path> write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(Files.writeString(dir.resolve(name(i)), text(i), StandardCharsets.UTF_8));
        return out;
    }

    /** The title with {@code place} where the place stands before the head noun. */
    private String withPlace(String title, String place) {
        HeadNouns.Head h = heads.of(title);
        int end = h == null ? -1 : title.length() - h.noun().length();
        if (end < PLACE_IN_TITLE) return title;
        return title.substring(0, end - PLACE_IN_TITLE) + place + title.substring(end);
    }

    /** The paragraph with its first full date replaced. */
    private String withDate(String paragraph, String date) {
        for (DateMention d : dates.parse(paragraph, 0))
            if (d.end() == null && d.start().precision() == DateValue.Precision.DAY)
                return paragraph.substring(0, d.span().begin()) + date + paragraph.substring(d.span().end());
        return paragraph;
    }

    private String shiftYears(String p, int by) {
        Matcher m = yearPattern.matcher(p);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement((Integer.parseInt(m.group(1)) - by) + year));
        m.appendTail(out);
        return out.toString();
    }
}
