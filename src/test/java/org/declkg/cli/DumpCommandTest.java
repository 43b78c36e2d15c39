package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.declkg.Fixtures;
import org.declkg.Snapshots;
import org.declkg.publish.DumpWriter;
import org.declkg.graph.WorldGraph;
import org.declkg.rdf.Iris;
import org.declkg.store.DeclarationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dump --db DIR -o OUT}: the same files as a load writes, offline, for the given public address. */
class DumpCommandTest {
    @TempDir Path dir;

    @Test
    void writesTheDumpsOfAStore() throws Exception {
        Path db = dir.resolve("tdb2");
        Model union;
        try (DeclarationStore store = DeclarationStore.open(db)) {
            store.replace(List.of(Fixtures.extractor().extract(Fixtures.SEED.getFileName().toString(), Fixtures.seed())));
            store.replaceShared(Iris.DEFAULT, Fixtures.kb().ontology(), WorldGraph.build(Fixtures.kb(), Iris.DEFAULT));
            union = Snapshots.union(store.dataset());
        }
        Path out = dir.resolve("out");
        assertEquals(Main.OK, Main.run("dump", "--db", db.toString(), "-o", out.toString(), "--public-url", "https://example.org/kg/"));
        List<DumpWriter.DumpFile> files = DumpWriter.index(out);
        for (DumpWriter.DumpFile f : files) assertEquals(Files.size(out.resolve(f.name())), f.bytes(), f.name());
        Model nt = ModelFactory.createDefaultModel();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve("all.nt.gz")))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(nt);
        }
        assertTrue(union.isIsomorphicWith(nt));
        String voidText = Files.readString(out.resolve(DumpWriter.VOID));
        assertTrue(voidText.contains("<https://example.org/kg/declkg/sparql>"), "links name the given public address");
        assertTrue(voidText.contains("<https://example.org/kg/dumps/all.nt.gz>"));
    }
}
