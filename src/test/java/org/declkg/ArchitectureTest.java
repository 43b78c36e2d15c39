package org.declkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of the code, read from its source: the document model and the vocabulary at the bottom,
 * the knowledge read from {@code ontology/} above them, the stages above that (each importing only
 * the floors below, never another stage), then the assembly, storage, publishing, serving and the
 * command line. And the language lives in {@code ontology/}, not in Java.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/declkg");
    /** Each package's floor: a package may use only packages on lower floors (stages: see below). */
    private static final Map<String, Integer> FLOOR = Map.ofEntries(
            Map.entry("pipeline", 0), Map.entry("rdf", 1), Map.entry("input", 1), Map.entry("knowledge", 2),
            Map.entry("normalise", 3), Map.entry("sentence", 3), Map.entry("token", 3), Map.entry("header", 3),
            Map.entry("act", 3), Map.entry("argument", 3), Map.entry("graph", 3),
            Map.entry("validate", 4), Map.entry("extract", 5), Map.entry("store", 6), Map.entry("eval", 6),
            Map.entry("push", 6), Map.entry("publish", 7), Map.entry("serve", 8), Map.entry("bench", 8),
            Map.entry("cli", 9));
    /** What a stage may use: the document model, the knowledge, and (for the graph stage) the vocabulary. */
    private static final Set<String> STAGE_MAY_USE = Set.of("pipeline", "knowledge", "rdf");
    private static final Pattern USE = Pattern.compile("\\borg\\.declkg\\.([a-z]+)\\.");
    private static final Pattern IDEOGRAPH = Pattern.compile("[\\x{4e00}-\\x{9fff}\\x{3400}-\\x{4dbf}]");
    /** Packages whose strings are the user interface (pages in Chinese and English), not language knowledge. */
    private static final Set<String> INTERFACE = Set.of("serve", "publish");

    @Test
    void everyPackageHasAFloor() throws IOException {
        assertEquals(new TreeSet<>(FLOOR.keySet()), new TreeSet<>(packages()));
    }

    @Test
    void noPackageUsesAPackageAboveIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            boolean stage = FLOOR.get(pkg) == 3;
            Matcher m = USE.matcher(code(file));
            while (m.find()) {
                String used = m.group(1);
                if (used.equals(pkg)) continue;
                boolean allowed = stage ? STAGE_MAY_USE.contains(used) : FLOOR.get(used) < FLOOR.get(pkg);
                if (!allowed) wrong.add(MAIN.relativize(file) + " uses " + used);
            }
        }
        assertEquals(List.of(), wrong.stream().distinct().toList());
    }

    @Test
    void noChineseWordsInJavaOutsideCommentsAndTheInterface() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            if (INTERFACE.contains(packageOf(file))) continue;
            String[] lines = code(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++)
                if (IDEOGRAPH.matcher(lines[i]).find()) found.add(MAIN.relativize(file) + ":" + (i + 1) + " " + lines[i].strip());
        }
        assertEquals(List.of(), found, "language knowledge belongs in ontology/");
    }

    @Test
    void theScanSeesCode() throws IOException {
        String code = code(MAIN.resolve("extract/Extractor.java"));
        assertTrue(USE.matcher(code).find(), "imports are read");
        assertTrue(!code.contains("/**"), "comments are left out");
    }

    /** The source without its comments (string literals kept, so Chinese in a string is seen). */
    private static String code(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') { // a literal: copied whole, so that "//" inside it is no comment
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) j += s.charAt(j) == '\\' ? 2 : 1;
                out.append(s, i, Math.min(j + 1, s.length()));
                i = j + 1;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                int stop = end < 0 ? s.length() : end + 2;
                for (int k = i; k < stop; k++) if (s.charAt(k) == '\n') out.append('\n'); // keep line numbers
                i = stop;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String packageOf(Path file) { return MAIN.relativize(file).getName(0).toString(); }

    private static List<String> packages() throws IOException {
        try (Stream<Path> s = Files.list(MAIN)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
