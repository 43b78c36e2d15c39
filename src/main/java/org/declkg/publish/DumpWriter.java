package org.declkg.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.declkg.store.AtomicFile;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Prefixes;

/**
 * The whole dataset as downloadable gzip files: TriG, N-Quads and JSON-LD (every named graph),
 * Turtle and N-Triples (the union of all graphs), one Turtle file per named graph, the Wikidata
 * linkset, and the VoID description. All are written from one read transaction, so they agree with
 * each other, and each streams from the store, so memory stays bounded by the largest graph (JSON-LD
 * is written a graph at a time) however large the store. Each file is moved into place whole and
 * the index comes last, so a reader never sees a half-written file.
 */
public final class DumpWriter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DumpWriter.class);
    /** One file of the dumps; {@code triples} counts quads for the formats that keep graphs. */
    public record DumpFile(String name, String format, long bytes, long triples) {}

    /** A dump file that could not be written, and why in a few words. */
    public record Failure(String name, String reason) {}

    /**
     * Some files could not be written; the others were, and the index lists only those. A file that
     * failed is removed rather than left from an earlier dump.
     */
    public static final class IncompleteException extends IOException {
        private final transient List<DumpFile> written;
        private final transient List<Failure> failed;

        IncompleteException(Path dir, List<DumpFile> written, List<Failure> failed) {
            super(failed.stream().map(f -> dir.resolve(f.name()) + ": not written: " + f.reason())
                    .collect(Collectors.joining("; ")));
            this.written = written;
            this.failed = failed;
        }

        public List<DumpFile> written() { return written; }

        public List<Failure> failed() { return failed; }
    }

    /** The list of the dumps, as tab-separated name, format, bytes and triples. */
    public static final String INDEX = "dumps.tsv";
    /** The VoID and DCAT description. */
    public static final String VOID = "void.ttl";
    /** The owl:sameAs links to Wikidata. */
    public static final String LINKSET = "wikidata-links.nt.gz";
    /** The files with every named graph; the other all.* files hold the union. */
    public static final List<String> WITH_GRAPHS = List.of("all.trig.gz", "all.nq.gz", "all.jsonld.gz");
    private static final String GRAPH_PREFIX = "graph-";
    private static final String ALL = "all";

    private DumpWriter() {}

    /**
     * Writes the dumps of a TDB2 store, its data named under {@code iris}, into {@code dir}; the files
     * written, or {@link IncompleteException} once every other file is written when some could not be.
     * The description names the server at {@code publicBase}, or links relative to {@code dir} when it is null.
     */
    public static List<DumpFile> write(Dataset store, Iris iris, Path dir, String publicBase) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> prefixes = Prefixes.all(iris);
        DumpFolder folder = new DumpFolder(dir, prefixes);
        Txn.executeRead(store, () -> writeAll(store.asDatasetGraph(), iris, prefixes, folder, publicBase));
        List<DumpFile> out = folder.written();
        try {
            AtomicFile.write(dir.resolve(INDEX), o -> {
                o.write(tsv(out).getBytes(StandardCharsets.UTF_8));
                return out.size();
            });
        } catch (IOException e) {
            Files.deleteIfExists(dir.resolve(INDEX)); // the old one lists sizes the files no longer have
            throw e;
        }
        folder.removeOtherGraphFiles(GRAPH_PREFIX + "*" + DataFormat.TURTLE.extension() + ".gz");
        for (DumpFile f : out) LOG.debug("dump {}: {} bytes, {} triples", dir.resolve(f.name()), f.bytes(), f.triples());
        if (!folder.failed().isEmpty()) throw new IncompleteException(dir, out, folder.failed());
        return out;
    }

    private static void writeAll(DatasetGraph dsg, Iris iris, Map<String, String> prefixes, DumpFolder folder,
                                 String publicBase) {
        UnionScan union = UnionScan.of(dsg);
        List<Node> graphs = Iter.toList(dsg.listGraphNodes());
        graphs.sort(Comparator.comparing(Node::getURI));
        folder.stream(ALL + DataFormat.TRIG.extension() + ".gz", DataFormat.TRIG, s -> eachQuad(dsg, graphs, s));
        folder.stream(ALL + DataFormat.NQUADS.extension() + ".gz", DataFormat.NQUADS, s -> eachQuad(dsg, graphs, s));
        folder.gzip(ALL + DataFormat.JSONLD.extension() + ".gz", DataFormat.JSONLD,
                out -> JsonLdDump.write(dsg, graphs, prefixes, out));
        folder.stream(ALL + DataFormat.TURTLE.extension() + ".gz", DataFormat.TURTLE, s -> union.triples().forEachRemaining(s::triple));
        folder.stream(ALL + DataFormat.NTRIPLES.extension() + ".gz", DataFormat.NTRIPLES,
                s -> union.triples().forEachRemaining(s::triple));
        for (Node g : graphs)
            folder.stream(graphFile(g.getURI(), iris), DataFormat.TURTLE,
                    s -> dsg.getGraph(g).find().forEachRemaining(s::triple));
        folder.stream(LINKSET, DataFormat.NTRIPLES,
                s -> Iter.filter(union.withPredicate(OWL.sameAs.asNode()), WikidataLinks::isLink).forEachRemaining(s::triple));
        folder.file(VOID, DataFormat.TURTLE, out -> {
            Model description = VoidDescription.describe(iris, UnionStats.of(union, iris), publicBase, folder.written(),
                    Instant.now());
            RDFDataMgr.write(out, description, DataFormat.TURTLE.pretty());
            return description.size();
        });
    }

    /** The quads graph by graph, so that each graph is one block of TriG. */
    private static void eachQuad(DatasetGraph dsg, List<Node> graphs, StreamRDF out) {
        for (Node g : graphs) dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::quad);
    }

    public static List<DumpFile> index(Path dir) throws IOException {
        List<DumpFile> out = new ArrayList<>();
        Path index = dir.resolve(INDEX);
        if (!Files.exists(index)) return out;
        List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            out.add(new DumpFile(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
        }
        return out;
    }

    /** The name of the dump file of one named graph. */
    public static String graphFile(String graphIri, Iris iris) {
        return GRAPH_PREFIX + fileKey(graphIri, iris) + DataFormat.TURTLE.extension() + ".gz";
    }

    /** A file-name-safe key for a graph: its IRI after the data base, else a hash of it. */
    static String fileKey(String graphIri, Iris iris) {
        String key = iris.contains(graphIri) ? graphIri.substring(iris.base().length()) : Iris.hashKey(graphIri);
        return key.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String tsv(List<DumpFile> files) {
        StringBuilder b = new StringBuilder("name\tformat\tbytes\ttriples\n");
        for (DumpFile f : files)
            b.append(f.name()).append('\t').append(f.format()).append('\t').append(f.bytes()).append('\t')
                    .append(f.triples()).append('\n');
        return b.toString();
    }
}
