package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.VOID;
import org.declkg.Fixtures;
import org.declkg.publish.DumpWriter;
import org.declkg.rdf.Iris;
import org.declkg.store.DeclarationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --base}, before the command or after it, names what that run writes, and nothing after it. */
class BaseOptionTest {
    private static final Iris KG = new Iris("https://example.org/kg/");

    @TempDir Path dir;

    @Test
    void extractWritesTheDataUnderTheBaseOfItsRun() {
        assertUnder(extract("before", "--base", KG.base(), "extract"), KG);
        assertUnder(extract("after", "extract", "--base", KG.base()), KG);
        assertUnder(extract("none", "extract"), Iris.DEFAULT); // the base of an earlier run is not this one's
    }

    @Test
    void loadNamesTheGraphsAndTheDumpsUnderTheBase() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(Main.OK, Main.run("--base", KG.base(), "load", "--db", db.toString(), Fixtures.SEED.toString()));
        try (DeclarationStore store = DeclarationStore.open(db)) {
            assertTrue(store.graphNames().containsAll(List.of(KG.ontologyGraph(), KG.worldGraph())), store.graphNames().toString());
            assertTrue(store.graphNames().stream().allMatch(KG::contains), store.graphNames().toString());
        }
        Path dumps = Stores.dumps(db);
        Model description = RDFDataMgr.loadModel(dumps.resolve(DumpWriter.VOID).toString());
        assertEquals(KG.base(), description.getResource(KG.base() + "dataset").getProperty(VOID.uriSpace).getString());
        assertTrue(Files.exists(dumps.resolve(DumpWriter.graphFile(KG.worldGraph(), KG))), "graph-graph_world.ttl.gz");
    }

    private Dataset extract(String name, String... command) {
        Path out = dir.resolve(name + ".nq");
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("-f", "nq", "-o", out.toString(), Fixtures.SEED.toString()));
        assertEquals(Main.OK, Main.run(args.toArray(String[]::new)));
        return RDFDataMgr.loadDataset(out.toString());
    }

    private static void assertUnder(Dataset d, Iris iris) {
        List<String> graphs = new ArrayList<>();
        d.listModelNames().forEachRemaining(g -> graphs.add(g.getURI()));
        assertEquals(1, graphs.size());
        assertTrue(iris.kind(graphs.get(0)).equals("declaration"), graphs.toString());
        Model m = d.getNamedModel(graphs.get(0));
        m.listSubjects().forEachRemaining(s -> assertTrue(iris.contains(s.getURI()), s.toString()));
        assertFalse(m.listSubjects().toList().isEmpty());
    }
}
