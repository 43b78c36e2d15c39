package org.declkg.extract;

import org.declkg.store.DeclarationStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.declkg.Fixtures;
import org.declkg.Snapshots;
import org.declkg.input.TextReader;
import org.declkg.extract.Extraction;
import org.declkg.rdf.DK;
import org.declkg.validate.GraphValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the loader lets into the store: with --strict, only graphs that conform to the shapes. */
class BatchExtractorTest {
    @TempDir Path dir;

    private static BatchExtractor loader(boolean strict) {
        return new BatchExtractor(Fixtures.extractor(), new TextReader(TextReader.DEFAULT_MAX_BYTES), new GraphValidator(Fixtures.kb()),
                false, strict, 1);
    }

    /** The seed's graph with one statement broken: its object removed. */
    private static Extraction brokenSeed() {
        Extraction seed = Fixtures.extractor().extract(Fixtures.SEED.getFileName().toString(), Fixtures.seed());
        Model broken = ModelFactory.createDefaultModel().add(seed.graph());
        Resource act = broken.listSubjectsWithProperty(RDF.type, DK.Condemnation).next();
        broken.removeAll(act, DK.object, null);
        return new Extraction(seed.declarationIri(), broken);
    }

    @Test
    void theSeedIsAcceptedUnderStrict() throws Exception {
        Path file = Files.writeString(dir.resolve("seed.txt"), Fixtures.seed());
        BatchExtractor.Outcome o = loader(true).extract(file);
        assertTrue(o.ok(), o.problem());
        assertEquals("conforms (0 violations)", o.validation());
    }

    @Test
    void strictRefusesABrokenGraphAndTheStoreKeepsWhatItHad() {
        try (DeclarationStore store = DeclarationStore.open(dir.resolve("tdb2"))) {
            Extraction seed = Fixtures.extractor().extract(Fixtures.SEED.getFileName().toString(), Fixtures.seed());
            store.replace(List.of(seed));
            Dataset before = Snapshots.of(store.dataset());

            BatchExtractor.Outcome refused = loader(true).check(Path.of("broken.txt"), brokenSeed(), List.of());
            assertFalse(refused.ok());
            assertNull(refused.extraction());
            assertTrue(refused.problem().startsWith("does not conform to the shapes: 1 violation"), refused.problem());
            assertTrue(refused.problem().contains("dk:object") || refused.problem().contains("ontology#object"), refused.problem());
            storeGood(store, List.of(refused));
            assertTrue(IsoMatcher.isomorphic(before.asDatasetGraph(), Snapshots.of(store.dataset()).asDatasetGraph()));

            BatchExtractor.Outcome lenient = loader(false).check(Path.of("broken.txt"), brokenSeed(), List.of());
            assertTrue(lenient.ok(), "without --strict a violation is reported, not refused");
            assertTrue(lenient.validation().startsWith("1 violation"), lenient.validation());
        }
    }

    @Test
    void aTextWithNoStatementIsRefusedUnlessAllowed() throws Exception {
        Path file = Files.writeString(dir.resolve("weather.txt"), "今天天气很好。我们去公园散步。\n");
        assertFalse(loader(false).extract(file).ok());
        BatchExtractor allowing = new BatchExtractor(Fixtures.extractor(), new TextReader(TextReader.DEFAULT_MAX_BYTES),
                new GraphValidator(Fixtures.kb()), true, false, 1);
        assertTrue(allowing.extract(file).ok());
    }

    /** What {@code load} does with the outcomes: only the good ones reach the store. */
    private static void storeGood(DeclarationStore store, List<BatchExtractor.Outcome> outcomes) {
        List<Extraction> good = outcomes.stream().filter(BatchExtractor.Outcome::ok).map(BatchExtractor.Outcome::extraction).toList();
        if (!good.isEmpty()) store.replace(good);
    }
}
