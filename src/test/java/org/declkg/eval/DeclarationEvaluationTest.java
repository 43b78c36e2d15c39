package org.declkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.declkg.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The extraction of the seed and of the fictional declarations scored against their gold files. The
 * floors are the figures measured when the gold was written, minus a small margin: a change that makes
 * the extractor worse fails here.
 */
class DeclarationEvaluationTest {
    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final Path DECLARATIONS = Path.of("src/test/resources/declarations");
    private static final double MARGIN = 0.02;

    private static EvalReport evaluate(Path gold, Path text) throws IOException {
        return new Evaluator(Fixtures.actClasses()).evaluate(GoldSet.read(gold),
                Fixtures.extractor().extract(text.getFileName().toString(), Files.readString(text, StandardCharsets.UTF_8)));
    }

    @Test
    void theSeedScoresWhatWasMeasured() throws IOException {
        EvalReport r = evaluate(GOLD.resolve("sco-tianjin-2025.tsv"), Fixtures.SEED);
        assertTrue(r.microF1() >= 1.0 - MARGIN, r.format());
        // the size of the gold: a gold file that lost rows is caught here, not hidden by a high score
        assertEquals(477, r.micro().gold(), r.format());
        assertEquals(120, r.acts().gold(), r.format());
        Map<String, Double> floors = Map.ofEntries(
                Map.entry("title", 1.0), Map.entry("date", 1.0), Map.entry("place", 1.0), Map.entry("organisation", 1.0),
                Map.entry("body", 1.0), Map.entry("membership", 1.0),
                Map.entry("signs", 1.0), Map.entry("approves", 1.0), Map.entry("adopts", 1.0), Map.entry("issues", 1.0),
                Map.entry("condemns", 1.0), Map.entry("notes", 0.98), Map.entry("welcomes", 0.95),
                Map.entry("appreciates", 0.95), Map.entry("supports", 0.95), Map.entry("opposes", 0.95),
                Map.entry("callsFor", 0.95), Map.entry("reaffirms", 0.95),
                Map.entry("document", 0.97), Map.entry("event", 0.97), Map.entry("initiative", 0.97),
                Map.entry("acts/actors", 0.98), Map.entry("event/start", 0.97), Map.entry("event/place", 0.97),
                Map.entry("document/date", 0.97), Map.entry("document/type", 0.97));
        floors.forEach((row, floor) -> assertTrue(r.score(row).f1() >= floor - 1e-9,
                row + " F1 " + r.score(row).f1() + " < " + floor + "\n" + r.format()));
        assertTrue(r.acts().f1() >= 0.97, r.format());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "fictional-cica, 142, 0.97",
            "fictional-inland, 62, 0.97",
            "fictional-cis, 95, 0.97",
            "fictional-brics, 51, 0.97",
            "fictional-summit, 112, 0.97",
            "fictional-asean, 95, 0.97",
            "fictional-central-asia, 69, 0.97",
            "fictional-bishkek, 131, 0.97"})
    void theFictionalDeclarationsScoreWhatWasMeasured(String name, int goldRows, double floor) throws IOException {
        EvalReport r = evaluate(GOLD.resolve(name + ".tsv"), DECLARATIONS.resolve(name + ".zh.txt"));
        assertEquals(goldRows, r.micro().gold(), r.format());
        assertTrue(r.microF1() >= floor, name + " micro F1 " + r.microF1() + "\n" + r.format());
    }
}
