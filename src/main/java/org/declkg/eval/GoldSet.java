package org.declkg.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A gold annotation: a TSV file with the header {@code category object detail}; {@code detail} is
 * {@code key=value;key=value}; {@code #} starts a comment line. The key {@code alias} gives other labels
 * of the same thing ({@code alias=A|B}); every other key is an attribute the evaluator checks. See the
 * README (section eval) for the categories and keys.
 */
public record GoldSet(List<Fact> facts) {
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get();

    public GoldSet {
        facts = List.copyOf(facts);
    }

    public static GoldSet read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    public static GoldSet parse(String tsv) {
        try {
            return read(new StringReader(tsv));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GoldSet read(Reader r) throws IOException {
        try (CSVParser p = CSVParser.builder().setReader(r).setFormat(TSV).get()) {
            List<Fact> rows = new ArrayList<>();
            for (CSVRecord rec : p) {
                String category = rec.get("category"), object = rec.get("object");
                if (category.isEmpty() || object.isEmpty())
                    throw new IOException("line " + rec.getRecordNumber() + ": category and object are required");
                Map<String, String> attributes = details(rec.isSet("detail") ? rec.get("detail") : "");
                String alias = attributes.remove("alias");
                rows.add(new Fact(category, object, alias == null ? List.of() : List.of(alias.split("\\|")), attributes));
            }
            return new GoldSet(rows);
        }
    }

    /** "a=1;b=2" → {a=1, b=2}. */
    static Map<String, String> details(String detail) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : detail.split(";")) {
            int eq = kv.indexOf('=');
            if (eq > 0) out.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
        return out;
    }
}
