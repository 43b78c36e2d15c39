package org.declkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.declkg.Fixtures;
import org.declkg.Snapshots;
import org.declkg.bench.CorpusGenerator;
import org.declkg.extract.Extraction;
import org.declkg.graph.WorldGraph;
import org.declkg.rdf.Iris;
import org.declkg.store.DeclarationStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dumps of a store of several declarations that share states, places and world knowledge: every
 * file parses back with RIOT to what the store holds, and dumps.tsv gives the parsed counts.
 */
class DumpsOfManyDeclarationsTest {
    @TempDir static Path dir;
    static DeclarationStore store;
    static Path dumps;
    static List<DumpWriter.DumpFile> index;
    static Dataset stored;
    static Model union;

    @BeforeAll
    static void writeDumps() throws IOException {
        List<Extraction> extractions = new ArrayList<>();
        extractions.add(Fixtures.extractor().extract("seed.txt", Fixtures.seed()));
        CorpusGenerator variants = new CorpusGenerator(Fixtures.seed(), List.of("甲城", "乙城"), Fixtures.knowledge());
        for (int i = 0; i < 2; i++) extractions.add(Fixtures.extractor().extract(CorpusGenerator.name(i), variants.text(i)));
        for (String name : List.of("fictional-brics.zh.txt", "fictional-asean.zh.txt")) {
            Path text = Path.of("src/test/resources/declarations", name);
            extractions.add(Fixtures.extractor().extract(name, Files.readString(text, StandardCharsets.UTF_8)));
        }
        store = DeclarationStore.open(dir.resolve("tdb2"));
        store.replace(extractions);
        store.replaceShared(Iris.DEFAULT, Fixtures.kb().ontology(), WorldGraph.build(Fixtures.kb(), Iris.DEFAULT));
        dumps = dir.resolve("dumps");
        index = DumpWriter.write(store.dataset(), Iris.DEFAULT, dumps, "http://127.0.0.1:1/");
        stored = Snapshots.of(store.dataset());
        union = Snapshots.union(store.dataset());
    }

    @AfterAll
    static void close() { store.close(); }

    @Test
    void theIndexIsWhatWasWrittenAndTheStoreIsLargerThanItsUnion() throws IOException {
        assertEquals(index, DumpWriter.index(dumps));
        assertEquals(5 + 2, store.graphNames().size(), "five declarations, the ontology and the world graph");
        assertEquals(store.graphNames().size() + 7, index.size(), "seven all-in-one files and one per graph");
        assertTrue(union.size() < store.size(), "declarations share triples, which the union holds once");
        for (DumpWriter.DumpFile f : index) {
            assertEquals(Files.size(dumps.resolve(f.name())), f.bytes(), f.name());
            assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(dumps.resolve(f.name())), f.name());
        }
    }

    @Test
    void theFilesWithGraphsAreTheStore() throws IOException {
        for (var f : Map.of("all.trig.gz", Lang.TRIG, "all.nq.gz", Lang.NQUADS, "all.jsonld.gz", Lang.JSONLD).entrySet()) {
            Dataset parsed = DatasetFactory.create();
            try (InputStream in = gunzip(f.getKey())) {
                RDFParser.source(in).lang(f.getValue()).parse(parsed);
            }
            long quads = parsed.asDatasetGraph().stream().count();
            assertEquals(store.size(), quads, f.getKey());
            assertEquals(quads, listed(f.getKey()), f.getKey());
            assertTrue(IsoMatcher.isomorphic(stored.asDatasetGraph(), parsed.asDatasetGraph()), f.getKey());
        }
    }

    @Test
    void theUnionFilesHoldEachTripleOnce() throws IOException {
        for (var f : Map.of("all.ttl.gz", Lang.TURTLE, "all.nt.gz", Lang.NTRIPLES).entrySet()) {
            Model parsed = parse(f.getKey(), f.getValue());
            long lines = f.getValue() == Lang.NTRIPLES ? lines(f.getKey()) : parsed.size();
            assertEquals(parsed.size(), lines, "no triple written twice");
            assertEquals(union.size(), parsed.size(), f.getKey());
            assertEquals(parsed.size(), listed(f.getKey()), f.getKey());
            assertTrue(union.isIsomorphicWith(parsed), f.getKey());
        }
    }

    @Test
    void eachGraphFileTheLinksetAndTheDescriptionParseToTheirCounts() throws IOException {
        for (String graph : store.graphNames()) {
            String name = "graph-" + DumpWriter.fileKey(graph, Iris.DEFAULT) + ".ttl.gz";
            Model parsed = parse(name, Lang.TURTLE);
            assertEquals(parsed.size(), listed(name), name);
            assertTrue(stored.getNamedModel(graph).isIsomorphicWith(parsed), name);
        }
        Model links = parse(DumpWriter.LINKSET, Lang.NTRIPLES);
        assertEquals(union.listStatements().filterKeep(s -> WikidataLinks.isLink(s.asTriple())).toList().size(), links.size());
        assertEquals(links.size(), listed(DumpWriter.LINKSET));
        Model description = ModelFactory.createDefaultModel();
        RDFParser.source(dumps.resolve(DumpWriter.VOID)).lang(Lang.TURTLE).parse(description);
        assertEquals(description.size(), listed(DumpWriter.VOID));
        assertEquals(union.size(), description.getResource(VoidDescription.datasetIri(Iris.DEFAULT))
                .getProperty(VOID.triples).getLong(), "void:triples of the dataset is the union's size");
        for (String name : List.of("all.trig.gz", "all.nq.gz", "all.jsonld.gz", "all.ttl.gz", "all.nt.gz")) {
            Resource distribution = description.getResource(VoidDescription.datasetIri(Iris.DEFAULT) + "#dump-" + name);
            assertEquals("http://127.0.0.1:1/dumps/" + name, distribution.getPropertyResourceValue(DCAT.downloadURL).getURI());
            assertEquals(listed(name), distribution.getProperty(VOID.triples).getLong(), name);
            String said = distribution.getProperty(DCTerms.description).getString();
            boolean unionFile = name.equals("all.ttl.gz") || name.equals("all.nt.gz");
            assertTrue(said.startsWith(unionFile ? "The union of all graphs" : "Every named graph"), name + ": " + said);
        }
    }

    @Test
    void theTriGHasOneBlockPerGraph() throws IOException {
        List<Node> blocks = new ArrayList<>();
        try (InputStream in = gunzip("all.trig.gz")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (blocks.isEmpty() || !blocks.get(blocks.size() - 1).equals(q.getGraph())) blocks.add(q.getGraph());
                }
            });
        }
        assertEquals(store.graphNames().size(), blocks.size(), "the quads of a graph come together");
    }

    @Test
    void theJsonLdIsAnArrayOfGraphObjectsEachItsGraph() throws IOException {
        JsonValue top;
        try (InputStream in = gunzip("all.jsonld.gz")) {
            top = JSON.parseAny(in);
        }
        assertTrue(top.isArray());
        JsonArray graphs = top.getAsArray();
        assertEquals(store.graphNames().size(), graphs.size());
        List<String> names = new ArrayList<>();
        for (JsonValue g : graphs) {
            assertTrue(g.getAsObject().hasKey("@context") && g.getAsObject().hasKey("@id") && g.getAsObject().hasKey("@graph"));
            Dataset alone = DatasetFactory.create();
            RDFParser.fromString(g.toString(), Lang.JSONLD).parse(alone);
            List<String> named = new ArrayList<>();
            alone.listNames().forEachRemaining(named::add);
            assertEquals(1, named.size(), "each object is one named graph");
            assertTrue(alone.getDefaultModel().isEmpty());
            assertTrue(stored.getNamedModel(named.get(0)).isIsomorphicWith(alone.getNamedModel(named.get(0))), named.get(0));
            names.add(named.get(0));
        }
        assertEquals(store.graphNames().stream().sorted().toList(), names, "in the order of their names");
    }

    private static long listed(String name) {
        return index.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().triples();
    }

    private static InputStream gunzip(String name) throws IOException {
        return new GZIPInputStream(Files.newInputStream(dumps.resolve(name)));
    }

    private static Model parse(String name, Lang lang) throws IOException {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = gunzip(name)) {
            RDFParser.source(in).lang(lang).parse(m);
        }
        return m;
    }

    private static long lines(String name) throws IOException {
        try (InputStream in = gunzip(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        }
    }
}
