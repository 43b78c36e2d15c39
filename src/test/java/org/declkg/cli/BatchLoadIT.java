package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.declkg.Jar;
import org.declkg.Fixtures;
import org.declkg.TdbFolder;
import org.declkg.extract.Extraction;
import org.declkg.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load} of several files through the jar: each file all or nothing, bad files reported and
 * skipped without stopping or spoiling the good ones, and the whole load idempotent.
 */
class BatchLoadIT {
    @TempDir Path dir;

    private static String variant(String date) { return Fixtures.seed().replaceFirst("2025年9月1日", date); }

    @Test
    void badFilesInABatchAreSkippedTheGoodOnesLoadedAndLoadingAgainChangesNothing() throws Exception {
        Path db = dir.resolve("db");
        Path seed = Files.writeString(dir.resolve("seed.txt"), Fixtures.seed());
        assertEquals(0, Jar.run("load", "--db", db.toString(), seed.toString()).exit());
        Model seedGraph = graph(db, Fixtures.extractor().extract("seed.txt", Fixtures.seed()).declarationIri());

        Path a = Files.writeString(dir.resolve("a.txt"), variant("2021年6月15日"));
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path rdf = Files.writeString(dir.resolve("b.ttl"), "@prefix ex: <https://example.org/> .\nex:a ex:b ex:c .\n");
        Path b = Files.writeString(dir.resolve("b.txt"), variant("2022年6月16日"));
        String[] args = {"load", "--db", db.toString(), "--batch", "2", a.toString(), empty.toString(), rdf.toString(), b.toString()};

        Jar.Run first = Jar.run(args);
        assertEquals(1, first.exit(), first.stderr());
        List<String> problems = first.stderrLines().stream().filter(l -> l.startsWith("declkg: ") && !l.startsWith("declkg: loaded")).toList();
        assertEquals(List.of("declkg: " + empty + ": is empty", "declkg: " + rdf + ": looks like RDF (Turtle), not a declaration text"), problems);
        assertTrue(first.stderrLines().get(first.stderrLines().size() - 1).startsWith("declkg: loaded 2 declarations, 2 failed; store "),
                first.stderr());
        assertFalse(Jar.hasStackTrace(first.stderrLines()));

        for (String[] file : new String[][] {{"a.txt", "2021年6月15日"}, {"b.txt", "2022年6月16日"}}) {
            Extraction clean = Fixtures.extractor().extract(file[0], variant(file[1]));
            assertTrue(Snapshots.withoutRunTimes(clean.graph()).isIsomorphicWith(
                    Snapshots.withoutRunTimes(graph(db, clean.declarationIri()))), "the whole graph of " + file[1]);
        }
        assertTrue(seedGraph.isIsomorphicWith(graph(db, Fixtures.extractor().extract("seed.txt", Fixtures.seed()).declarationIri())),
                "the seed is untouched");

        Set<String> once = TdbFolder.quads(db, Snapshots::withoutRunTimes);
        Jar.Run again = Jar.run(args);
        assertEquals(1, again.exit());
        assertEquals(once, TdbFolder.quads(db, Snapshots::withoutRunTimes),
                "the same load again leaves the very same quads, but for the times of the new extractions");
    }

    private static Model graph(Path db, String name) {
        return TdbFolder.read(db, ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(name)));
    }
}
