package org.declkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDFS;
import org.declkg.Fixtures;
import org.declkg.Snapshots;
import org.declkg.input.TextReader;
import org.declkg.extract.Extraction;
import org.declkg.rdf.Iris;
import org.declkg.graph.WorldGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real TDB2 store in a temporary folder: one named graph per declaration, replaced, never duplicated. */
class DeclarationStoreTest {
    /** A declaration of our own, and a later version of it: same title, date and place, one statement changed. */
    static final String OWN_V1 = """
            上海合作组织成员国元首理事会宣言

            上海合作组织成员国元首于2031年6月15日在哈萨克斯坦共和国阿斯塔纳举行元首理事会会议,并发表宣言如下:

            成员国强烈谴责2031年3月2日在阿拉木图发生的恐怖袭击事件。

            成员国支持关于成立上合组织能源研究中心的建议。
            """;
    static final String OWN_V2 = OWN_V1.replace("成员国支持关于成立上合组织能源研究中心的建议。", "成员国签署了《上合组织成员国海关合作协定》。");

    static Extraction seed, summit;

    @TempDir Path dir;

    @BeforeAll
    static void extract() throws Exception {
        seed = Fixtures.extractor().extract(Fixtures.SEED.getFileName().toString(), Fixtures.seed());
        Path summitFile = Path.of("src/test/resources/declarations/fictional-summit.zh.txt");
        summit = Fixtures.extractor().extract(summitFile.getFileName().toString(),
                new TextReader(TextReader.DEFAULT_MAX_BYTES).read(summitFile).text());
    }

    @Test
    void loadingTheSameTextTwiceKeepsOneGraphOfTheSameSize() {
        try (DeclarationStore store = DeclarationStore.open(dir)) {
            store.replace(List.of(seed));
            store.replaceShared(Iris.DEFAULT, Fixtures.kb().ontology(), WorldGraph.build(Fixtures.kb(), Iris.DEFAULT));
            long once = store.size();
            List<String> graphs = store.graphNames();
            Extraction again = Fixtures.extractor().extract(Fixtures.SEED.getFileName().toString(), Fixtures.seed());
            store.replace(List.of(again));
            store.replaceShared(Iris.DEFAULT, Fixtures.kb().ontology(), WorldGraph.build(Fixtures.kb(), Iris.DEFAULT));
            assertEquals(once, store.size());
            assertEquals(new TreeSet<>(graphs), new TreeSet<>(store.graphNames()));
            assertEquals(Set.of(seed.declarationIri(), Iris.DEFAULT.ontologyGraph(), Iris.DEFAULT.worldGraph()),
                    Set.copyOf(store.graphNames()));
            assertTrue(isomorphic(Snapshots.withoutRunTimes(seed.graph()), Snapshots.withoutRunTimes(storedGraph(store, seed.declarationIri()))),
                    "the same graph but for the times of the extraction");
        }
    }

    @Test
    void twoDifferentTextsGoToTwoNamedGraphs() {
        try (DeclarationStore store = DeclarationStore.open(dir)) {
            store.replace(List.of(seed));
            store.replace(List.of(summit));
            assertNotEquals(seed.declarationIri(), summit.declarationIri());
            assertEquals(Set.of(seed.declarationIri(), summit.declarationIri()), Set.copyOf(store.graphNames()));
            assertEquals(seed.graph().size(), store.size(seed.declarationIri()));
            assertEquals(summit.graph().size(), store.size(summit.declarationIri()));
            assertEquals(seed.graph().size() + summit.graph().size(), store.size());
        }
    }

    @Test
    void aChangedVersionOfATextReplacesItsGraph() {
        Extraction v1 = Fixtures.extractor().extract("own.txt", OWN_V1);
        Extraction v2 = Fixtures.extractor().extract("own.txt", OWN_V2);
        assertEquals(v1.declarationIri(), v2.declarationIri(), "same title, date and place: the same declaration");
        assertFalse(isomorphic(v1.graph(), v2.graph()));
        try (DeclarationStore store = DeclarationStore.open(dir)) {
            store.replace(List.of(seed));
            store.replace(List.of(v1));
            assertTrue(hasLabel(store, v1.declarationIri(), "关于成立上合组织能源研究中心的建议"));
            store.replace(List.of(v2));
            assertEquals(Set.of(seed.declarationIri(), v2.declarationIri()), Set.copyOf(store.graphNames()));
            assertTrue(isomorphic(v2.graph(), storedGraph(store, v2.declarationIri())));
            assertFalse(hasLabel(store, v2.declarationIri(), "关于成立上合组织能源研究中心的建议"), "the old statement is gone");
            assertTrue(hasLabel(store, v2.declarationIri(), "上合组织成员国海关合作协定"));
            assertTrue(isomorphic(seed.graph(), storedGraph(store, seed.declarationIri())), "other declarations untouched");
        }
    }

    @Test
    void aDatasetSnapshotOfTheStoreIsWhatWasPut() {
        try (DeclarationStore store = DeclarationStore.open(dir)) {
            store.replace(List.of(seed, summit));
            Dataset expected = DatasetFactory.create();
            expected.addNamedModel(seed.declarationIri(), seed.graph());
            expected.addNamedModel(summit.declarationIri(), summit.graph());
            assertTrue(IsoMatcher.isomorphic(expected.asDatasetGraph(), snapshot(store).asDatasetGraph()));
        }
    }

    static Dataset snapshot(DeclarationStore store) { return Snapshots.of(store.dataset()); }

    static Model storedGraph(DeclarationStore store, String graph) { return Snapshots.graph(store.dataset(), graph); }

    private static boolean hasLabel(DeclarationStore store, String graph, String label) {
        return storedGraph(store, graph).contains(null, RDFS.label, label, "zh");
    }

    static boolean isomorphic(Model a, Model b) { return a.isIsomorphicWith(b); }
}
