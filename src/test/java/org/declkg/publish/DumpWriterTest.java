package org.declkg.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.OWL;
import org.declkg.ServedStore;
import org.declkg.Snapshots;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dumps of the seed store: each parses, and together they hold exactly what the store holds. */
class DumpWriterTest {
    static ServedStore served;
    static Path dumps;
    static List<DumpWriter.DumpFile> index;
    static Dataset stored;
    static Model union;

    @BeforeAll
    static void start() throws IOException {
        served = ServedStore.seed();
        dumps = served.dir().resolve("tdb2").resolve("dumps");
        index = DumpWriter.index(dumps);
        stored = Snapshots.of(served.store().dataset());
        union = Snapshots.union(served.store().dataset());
    }

    @AfterAll
    static void stop() { served.close(); }

    static Dataset parseQuads(Path gz, Lang lang) throws IOException {
        Dataset d = DatasetFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            RDFParser.source(in).lang(lang).parse(d);
        }
        return d;
    }

    static Model parse(Path gz, Lang lang) throws IOException {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            RDFParser.source(in).lang(lang).parse(m);
        }
        return m;
    }

    @Test
    void theIndexListsEveryFileWithItsRealSize() throws IOException {
        Set<String> names = new HashSet<>();
        for (DumpWriter.DumpFile f : index) {
            names.add(f.name());
            assertEquals(Files.size(dumps.resolve(f.name())), f.bytes(), f.name());
        }
        for (String n : List.of("all.trig.gz", "all.nq.gz", "all.ttl.gz", "all.nt.gz", "all.jsonld.gz", DumpWriter.LINKSET, DumpWriter.VOID))
            assertTrue(names.contains(n), n);
        try (Stream<Path> files = Files.list(dumps)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no half-written file left");
        }
    }

    @Test
    void theQuadDumpsAreTheStoreAndTheTripleDumpsItsUnion() throws IOException {
        long quads = served.store().size();
        for (var f : Map.of("all.trig.gz", Lang.TRIG, "all.nq.gz", Lang.NQUADS, "all.jsonld.gz", Lang.JSONLD).entrySet()) {
            Dataset d = parseQuads(dumps.resolve(f.getKey()), f.getValue());
            assertTrue(IsoMatcher.isomorphic(stored.asDatasetGraph(), d.asDatasetGraph()), f.getKey());
            assertEquals(quads, d.asDatasetGraph().stream().count());
            assertEquals(quads, triples(f.getKey()));
        }
        for (var f : Map.of("all.ttl.gz", Lang.TURTLE, "all.nt.gz", Lang.NTRIPLES).entrySet()) {
            Model m = parse(dumps.resolve(f.getKey()), f.getValue());
            assertTrue(union.isIsomorphicWith(m), f.getKey());
            assertEquals(union.size(), triples(f.getKey()), f.getKey());
        }
    }

    @Test
    void theGraphFilesAddUpToTheStore() throws IOException {
        long sum = 0;
        int files = 0;
        for (DumpWriter.DumpFile f : index) {
            if (!f.name().startsWith("graph-")) continue;
            files++;
            Model m = parse(dumps.resolve(f.name()), Lang.TURTLE);
            assertEquals(m.size(), f.triples(), f.name());
            sum += m.size();
            String graph = served.store().graphNames().stream()
                    .filter(g -> f.name().equals("graph-" + DumpWriter.fileKey(g, Iris.DEFAULT) + ".ttl.gz")).findFirst().orElseThrow();
            assertTrue(stored.getNamedModel(graph).isIsomorphicWith(m), f.name());
        }
        assertEquals(served.store().graphNames().size(), files);
        assertEquals(served.store().size(), sum);
    }

    @Test
    void theLinksetHoldsEveryWikidataLinkAndNothingElse() throws IOException {
        Model links = parse(dumps.resolve(DumpWriter.LINKSET), Lang.NTRIPLES);
        Model expected = ModelFactory.createDefaultModel();
        union.listStatements(null, OWL.sameAs, (org.apache.jena.rdf.model.RDFNode) null)
                .filterKeep(s -> s.getResource().getURI().startsWith(Vocab.WD_NS)).forEachRemaining(expected::add);
        assertTrue(expected.isIsomorphicWith(links));
        assertTrue(links.contains(links.getResource(Iris.DEFAULT.of("organisation", "sco")), OWL.sameAs,
                links.getResource(Vocab.WD_NS + "Q485207")));
        for (String state : List.of("china", "russia", "india", "pakistan", "iran", "belarus", "kazakhstan", "kyrgyzstan",
                "tajikistan", "uzbekistan"))
            assertTrue(links.listObjectsOfProperty(links.getResource(Iris.DEFAULT.of("state", state)), OWL.sameAs).hasNext(), state);
        assertTrue(links.listObjectsOfProperty(links.getResource(Iris.DEFAULT.of("place", "tianjin")), OWL.sameAs).hasNext());
    }

    @Test
    void theServerOffersTheFilesAndAnIndexPage(@TempDir Path tmp) throws Exception {
        HttpResponse<String> page = served.get("/dumps/", "text/html");
        assertEquals(200, page.statusCode());
        for (DumpWriter.DumpFile f : index) {
            assertTrue(page.body().contains("<a href=\"" + f.name() + "\">" + f.name() + "</a>"), f.name());
            assertTrue(page.body().contains("<td class=\"num\">" + f.bytes() + "</td><td class=\"num\">" + f.triples() + "</td>"), f.name());
            if (f.name().equals(DumpWriter.VOID)) continue;
            HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(served.url("/dumps/" + f.name()))).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, download.statusCode());
            assertArrayEquals(Files.readAllBytes(dumps.resolve(f.name())), download.body(), f.name());
        }
        assertEquals(404, served.get("/dumps/secret.txt", "*/*").statusCode());
        assertEquals(400, served.get("/dumps/..%2F..%2Fetc%2Fpasswd", "*/*").statusCode());
    }

    @Test
    void writingAgainReplacesTheFilesAndDropsGraphsThatAreGone(@TempDir Path tmp) throws IOException {
        Path stale = Files.writeString(tmp.resolve("graph-declaration_gone.ttl.gz"), "old");
        List<DumpWriter.DumpFile> first = DumpWriter.write(served.store().dataset(), Iris.DEFAULT, tmp, "http://127.0.0.1:1/");
        List<DumpWriter.DumpFile> second = DumpWriter.write(served.store().dataset(), Iris.DEFAULT, tmp, "http://127.0.0.1:1/");
        assertEquals(first.stream().map(DumpWriter.DumpFile::triples).toList(), second.stream().map(DumpWriter.DumpFile::triples).toList());
        assertFalse(Files.exists(stale));
        assertEquals(second, DumpWriter.index(tmp));
    }

    private static long triples(String name) {
        return index.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().triples();
    }
}
