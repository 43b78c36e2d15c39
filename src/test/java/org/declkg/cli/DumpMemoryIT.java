package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.declkg.Fixtures;
import org.declkg.Jar;
import org.declkg.TdbFolder;
import org.declkg.bench.CorpusGenerator;
import org.declkg.publish.DumpWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dump} of a store of 50 declarations (about 100,000 quads) in a 64 MiB heap. Writing the
 * JSON-LD from an in-memory copy of the union, as dumps once did, runs out of memory there with
 * half as many declarations; written graph by graph from the store, every file is complete.
 */
class DumpMemoryIT {
    private static final int DECLARATIONS = 50;
    private static final String HEAP = "-Xmx64m";

    @TempDir Path dir;

    @Test
    void aSmallHeapWritesEveryDumpOfALargerStore() throws IOException {
        List<String> places = new ArrayList<>();
        for (Map<String, String> row : Fixtures.kb().rows("places.csv")) places.add(row.get("label_zh"));
        List<Path> texts = new CorpusGenerator(Fixtures.seed(), places, Fixtures.knowledge()).write(dir.resolve("texts"), DECLARATIONS);
        Path db = dir.resolve("db");
        List<String> load = new ArrayList<>(List.of("load", "--no-dumps", "--db", db.toString()));
        texts.forEach(t -> load.add(t.toString()));
        Jar.Run loaded = Jar.run(load.toArray(String[]::new));
        assertEquals(0, loaded.exit(), loaded.stderr());

        Path out = dir.resolve("dumps");
        Jar.Run dumped = Jar.run(List.of(HEAP), "dump", "--db", db.toString(), "-o", out.toString());
        assertEquals(0, dumped.exit(), dumped.stderr());
        assertFalse(Jar.hasStackTrace(dumped.stderrLines()), dumped.stderr());

        long[] store = TdbFolder.read(db, ds -> new long[] {ds.asDatasetGraph().stream().count(),
                Iter.count(ds.asDatasetGraph().getUnionGraph().find())});
        assertTrue(store[0] > 90_000, "a store of " + store[0] + " quads");
        Map<String, Lang> withGraphs = Map.of("all.trig.gz", Lang.TRIG, "all.nq.gz", Lang.NQUADS, "all.jsonld.gz", Lang.JSONLD);
        Map<String, Lang> union = Map.of("all.ttl.gz", Lang.TURTLE, "all.nt.gz", Lang.NTRIPLES);
        List<DumpWriter.DumpFile> index = DumpWriter.index(out);
        for (DumpWriter.DumpFile f : index) {
            assertEquals(Files.size(out.resolve(f.name())), f.bytes(), f.name());
            if (!f.name().endsWith(".gz")) continue;
            Lang lang = withGraphs.containsKey(f.name()) ? withGraphs.get(f.name())
                    : union.containsKey(f.name()) ? union.get(f.name()) : f.format().equals("Turtle") ? Lang.TURTLE : Lang.NTRIPLES;
            long parsed = count(out.resolve(f.name()), lang);
            assertEquals(f.triples(), parsed, f.name());
            if (withGraphs.containsKey(f.name())) assertEquals(store[0], parsed, f.name() + " holds every quad");
            if (union.containsKey(f.name())) assertEquals(store[1], parsed, f.name() + " holds each triple of the union once");
        }
        assertEquals(TdbFolder.read(db, ds -> Iter.count(ds.listNames())) + 7, index.size(), "every file is listed");
    }

    /** Triples and quads as RIOT reads them, without keeping them. */
    private static long count(Path gz, Lang lang) throws IOException {
        long[] n = {0};
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            RDFParser.source(in).lang(lang).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) { n[0]++; }

                @Override
                public void quad(Quad q) { n[0]++; }
            });
        }
        return n[0];
    }
}
