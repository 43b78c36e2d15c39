package org.declkg.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Prefixes;

/**
 * The whole dataset as downloadable gzip files: TriG and N-Quads (with graphs), Turtle, N-Triples
 * and JSON-LD (their union), one Turtle file per named graph, and the VoID description. Each file
 * is written beside its final name and moved into place, so a reader never sees half a file.
 */
public final class DumpWriter {
    /** One file of the dumps. */
    public record DumpFile(String name, String format, long bytes, long triples) {}

    private DumpWriter() {}

    public static List<DumpFile> write(Dataset store, Path dir, String publicBase) throws IOException {
        Files.createDirectories(dir);
        Dataset copy = Txn.calculateRead(store, () -> {
            Dataset c = DatasetFactory.create();
            store.listModelNames().forEachRemaining(n -> c.addNamedModel(n.getURI(),
                    ModelFactory.createDefaultModel().add(store.getNamedModel(n.getURI()))));
            return c;
        });
        Model union = ModelFactory.createDefaultModel();
        union.setNsPrefixes(Prefixes.all());
        copy.listModelNames().forEachRemaining(n -> union.add(copy.getNamedModel(n.getURI())));
        long quads = copy.asDatasetGraph().stream().count();

        List<DumpFile> out = new ArrayList<>();
        out.add(gz(dir, "all.trig.gz", "TriG", quads, o -> RDFDataMgr.write(o, copy, RDFFormat.TRIG_BLOCKS)));
        out.add(gz(dir, "all.nq.gz", "N-Quads", quads, o -> RDFDataMgr.write(o, copy, RDFFormat.NQUADS)));
        out.add(gz(dir, "all.ttl.gz", "Turtle", union.size(), o -> RDFDataMgr.write(o, union, RDFFormat.TURTLE_BLOCKS)));
        out.add(gz(dir, "all.nt.gz", "N-Triples", union.size(), o -> RDFDataMgr.write(o, union, RDFFormat.NTRIPLES)));
        out.add(gz(dir, "all.jsonld.gz", "JSON-LD", union.size(), o -> RDFDataMgr.write(o, union, RDFFormat.JSONLD)));
        List<String> names = new ArrayList<>();
        copy.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        for (String name : names) {
            Model g = copy.getNamedModel(name);
            g.setNsPrefixes(Prefixes.all());
            String file = "graph-" + fileKey(name) + ".ttl.gz";
            out.add(gz(dir, file, "Turtle", g.size(), o -> RDFDataMgr.write(o, g, RDFFormat.TURTLE_BLOCKS)));
        }
        Model linkset = WikidataLinks.of(union);
        out.add(gz(dir, "wikidata-links.nt.gz", "N-Triples", linkset.size(),
                o -> RDFDataMgr.write(o, linkset, RDFFormat.NTRIPLES)));
        Model voidModel = VoidDescription.describe(copy, union, publicBase, out);
        Path voidFile = dir.resolve("void.ttl");
        writeAtomically(voidFile, o -> RDFDataMgr.write(o, voidModel, RDFFormat.TURTLE_PRETTY));
        out.add(new DumpFile("void.ttl", "Turtle", Files.size(voidFile), voidModel.size()));
        writeAtomically(dir.resolve(INDEX), o -> {
            StringBuilder b = new StringBuilder("name\tformat\tbytes\ttriples\n");
            for (DumpFile f : out) b.append(f.name()).append('\t').append(f.format()).append('\t').append(f.bytes())
                    .append('\t').append(f.triples()).append('\n');
            o.write(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        return out;
    }

    /** The list of the dumps, as tab-separated name, format, bytes and triples. */
    public static final String INDEX = "dumps.tsv";

    public static List<DumpFile> index(Path dir) throws IOException {
        List<DumpFile> out = new ArrayList<>();
        Path index = dir.resolve(INDEX);
        if (!Files.exists(index)) return out;
        List<String> lines = Files.readAllLines(index);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            out.add(new DumpFile(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
        }
        return out;
    }

    /** A file-name-safe key for a graph: the last path segment of its IRI. */
    static String fileKey(String graphIri) {
        String key = graphIri.startsWith(Iris.base()) ? graphIri.substring(Iris.base().length()) : Iris.hashKey(graphIri);
        return key.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static DumpFile gz(Path dir, String name, String format, long triples, Writer w) throws IOException {
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
}
