package org.declkg.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * Where the extractor's knowledge lives: the files of {@code ontology/}, read from a directory
 * or, by default, from the copy packaged in the jar.
 */
public final class KnowledgeBase {
    private static final String CLASSPATH_DIR = "declkg/ontology/";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
            .setCommentMarker('#').get();

    private final Path dir; // null: classpath

    private KnowledgeBase(Path dir) { this.dir = dir; }

    public static KnowledgeBase packaged() { return new KnowledgeBase(null); }

    public static KnowledgeBase directory(Path dir) { return new KnowledgeBase(dir); }

    public InputStream open(String file) throws IOException {
        if (dir != null) return Files.newInputStream(dir.resolve(file));
        InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(CLASSPATH_DIR + file);
        if (in == null) throw new IOException("knowledge file not found: " + file);
        return in;
    }

    /** Every row of a CSV file, as header → value maps (empty string for a blank cell). */
    public List<Map<String, String>> rows(String file) {
        try (Reader r = new InputStreamReader(open(file), StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(FORMAT).get()) {
            List<Map<String, String>> out = new ArrayList<>();
            for (CSVRecord rec : p) out.add(Map.copyOf(rec.toMap()));
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A Turtle file of the knowledge base as a model. */
    public Model turtle(String file) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(Lang.TTL).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return m;
    }

    public Model ontology() { return turtle("declkg.ttl"); }

    public Model shapes() { return turtle("shapes.ttl"); }

    /** Splits a multi-valued cell ("a|b|c"). */
    public static List<String> values(String cell) {
        if (cell == null || cell.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }
}
