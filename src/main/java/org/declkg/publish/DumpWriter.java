package org.declkg.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Prefixes;

/**
 * The whole dataset as downloadable gzip files: TriG and N-Quads (with graphs), Turtle, N-Triples
 * and JSON-LD (the union of all graphs), one Turtle file per named graph, the Wikidata linkset, and
 * the VoID description. All are written from one read transaction, so they agree with each other;
 * each file is written beside its final name and moved into place, and the index last, so a reader
 * never sees a half-written file.
 */
public final class DumpWriter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DumpWriter.class);
    /** One file of the dumps; {@code triples} counts quads for the formats that keep graphs. */
    public record DumpFile(String name, String format, long bytes, long triples) {}

    /** The list of the dumps, as tab-separated name, format, bytes and triples. */
    public static final String INDEX = "dumps.tsv";
    /** The VoID and DCAT description. */
    public static final String VOID = "void.ttl";
    /** The owl:sameAs links to Wikidata. */
    public static final String LINKSET = "wikidata-links.nt.gz";
    private static final String GRAPH_PREFIX = "graph-";

    private DumpWriter() {}

    public static List<DumpFile> write(Dataset store, Path dir, String publicBase) throws IOException {
        Files.createDirectories(dir);
        try {
            return Txn.calculateRead(store, () -> {
                try {
                    return writeAll(store.asDatasetGraph(), dir, publicBase);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<DumpFile> writeAll(DatasetGraph dsg, Path dir, String publicBase) throws IOException {
        Graph union = dsg.getUnionGraph();
        List<Node> graphs = Iter.toList(dsg.listGraphNodes());
        graphs.sort(Comparator.comparing(Node::getURI));
        List<DumpFile> out = new ArrayList<>();
        out.add(stream(dir, "all.trig.gz", "TriG", RDFFormat.TRIG_BLOCKS, s -> dsg.find().forEachRemaining(s::quad)));
        out.add(stream(dir, "all.nq.gz", "N-Quads", RDFFormat.NQUADS, s -> dsg.find().forEachRemaining(s::quad)));
        DumpFile turtle = stream(dir, "all.ttl.gz", "Turtle", RDFFormat.TURTLE_BLOCKS, s -> union.find().forEachRemaining(s::triple));
        out.add(turtle);
        out.add(stream(dir, "all.nt.gz", "N-Triples", RDFFormat.NTRIPLES, s -> union.find().forEachRemaining(s::triple)));
        // JSON-LD is written from memory anyway; the copy also keeps the prefixes off the store (a read transaction).
        Model unionModel = ModelFactory.createDefaultModel();
        GraphUtil.addInto(unionModel.getGraph(), union);
        unionModel.setNsPrefixes(Prefixes.all());
        out.add(file(dir, "all.jsonld.gz", "JSON-LD", turtle.triples(), o -> RDFDataMgr.write(o, unionModel, RDFFormat.JSONLD)));
        for (Node g : graphs) {
            Graph named = dsg.getGraph(g);
            out.add(stream(dir, GRAPH_PREFIX + fileKey(g.getURI()) + ".ttl.gz", "Turtle", RDFFormat.TURTLE_BLOCKS,
                    s -> named.find().forEachRemaining(s::triple)));
        }
        out.add(stream(dir, LINKSET, "N-Triples", RDFFormat.NTRIPLES,
                s -> WikidataLinks.find(union).forEachRemaining(s::triple)));
        Model voidModel = VoidDescription.describe(union, publicBase, out);
        Path voidFile = dir.resolve(VOID);
        writeAtomically(voidFile, o -> RDFDataMgr.write(o, voidModel, RDFFormat.TURTLE_PRETTY));
        out.add(new DumpFile(VOID, "Turtle", Files.size(voidFile), voidModel.size()));
        writeAtomically(dir.resolve(INDEX), o -> o.write(tsv(out).getBytes(StandardCharsets.UTF_8)));
        removeStaleGraphFiles(dir, out);
        for (DumpFile f : out) LOG.debug("dump {}: {} bytes, {} triples", dir.resolve(f.name()), f.bytes(), f.triples());
        return out;
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

    /** A file-name-safe key for a graph: its IRI after the data base, else a hash of it. */
    static String fileKey(String graphIri) {
        String key = graphIri.startsWith(Iris.base()) ? graphIri.substring(Iris.base().length()) : Iris.hashKey(graphIri);
        return key.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String tsv(List<DumpFile> files) {
        StringBuilder b = new StringBuilder("name\tformat\tbytes\ttriples\n");
        for (DumpFile f : files)
            b.append(f.name()).append('\t').append(f.format()).append('\t').append(f.bytes()).append('\t')
                    .append(f.triples()).append('\n');
        return b.toString();
    }

    /** Graph files of graphs that are gone, left by an earlier dump. */
    private static void removeStaleGraphFiles(Path dir, List<DumpFile> current) throws IOException {
        Set<String> keep = current.stream().map(DumpFile::name).collect(Collectors.toSet());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, GRAPH_PREFIX + "*.ttl.gz")) {
            for (Path f : files) if (!keep.contains(f.getFileName().toString())) Files.deleteIfExists(f);
        }
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** A gzip file written through a streaming RIOT writer; counts what was sent. */
    private static DumpFile stream(Path dir, String name, String format, RDFFormat rdf, Consumer<StreamRDF> source)
            throws IOException {
        long[] count = {0};
        Path file = dir.resolve(name);
        writeAtomically(file, out -> {
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(gz, rdf);
                StreamRDF counting = new Counting(writer, count);
                counting.start();
                for (Map.Entry<String, String> p : Prefixes.all().entrySet()) counting.prefix(p.getKey(), p.getValue());
                source.accept(counting);
                counting.finish();
            }
        });
        return new DumpFile(name, format, Files.size(file), count[0]);
    }

    private static DumpFile file(Path dir, String name, String format, long triples, Writer w) throws IOException {
        Path file = dir.resolve(name);
        writeAtomically(file, out -> {
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                w.write(gz);
            }
        });
        return new DumpFile(name, format, Files.size(file), triples);
    }

    private static void writeAtomically(Path file, Writer w) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                w.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Passes everything on, counting triples and quads. */
    private static final class Counting extends org.apache.jena.riot.system.StreamRDFWrapper {
        private final long[] count;

        Counting(StreamRDF other, long[] count) {
            super(other);
            this.count = count;
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            count[0]++;
            super.triple(triple);
        }

        @Override
        public void quad(org.apache.jena.sparql.core.Quad quad) {
            count[0]++;
            super.quad(quad);
        }
    }
}
