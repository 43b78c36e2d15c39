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

/**
 * Declaration-like texts made from one real text: each keeps the title and opening paragraph but
 * gets its own date and place, and its other paragraphs in its own order, so each graph differs.
 */
public final class CorpusGenerator {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");

    private final String[] paragraphs;
    private final List<String> places;

    /** @param places names the generator may put where the title and opening name the meeting's place */
    public CorpusGenerator(String text, List<String> places) {
        this.paragraphs = Arrays.stream(text.split("\n")).filter(p -> !p.isBlank()).toArray(String[]::new);
        this.places = places;
    }

    public String text(int i) {
        Random random = new Random(i);
        String place = places.get(i % places.size());
        String title = paragraphs[0].replaceAll("\\p{IsHan}{2}(宣言|声明|公报)$", place + "$1");
        String opening = paragraphs[1].replaceFirst("\\d{4}年\\d{1,2}月\\d{1,2}日",
                (2000 + i / 336) + "年" + (1 + i / 28 % 12) + "月" + (1 + i % 28) + "日");
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

    private static String shiftYears(String p, int by) {
        Matcher m = YEAR.matcher(p);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, (Integer.parseInt(m.group(1)) - by) + "年");
        m.appendTail(out);
        return out.toString();
    }
}
