package org.declkg.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A gold annotation: a TSV file with the columns {@code category}, {@code object} and {@code detail}
 * ({@code key=value;key=value}), {@code #} comment lines allowed. See the README for the categories.
 */
public record GoldSet(List<GoldRow> rows) {
    /** One row of the gold file. */
    public record GoldRow(String category, String object, String detail) {
        public String get(String key) {
            for (String kv : detail.split(";")) {
                int eq = kv.indexOf('=');
                if (eq > 0 && kv.substring(0, eq).strip().equals(key)) return kv.substring(eq + 1).strip();
            }
            return null;
        }
    }

    private static final CSVFormat TSV = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();

    public static GoldSet read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(TSV).get()) {
            List<GoldRow> rows = new ArrayList<>();
            for (CSVRecord rec : p)
                rows.add(new GoldRow(rec.get("category"), rec.get("object"), rec.isSet("detail") ? rec.get("detail") : ""));
            return new GoldSet(List.copyOf(rows));
        }
    }
}
