package org.declkg.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.declkg.publish.DumpWriter.DumpFile;
import org.declkg.store.AtomicFile;

/**
 * The files of one dump folder as they are written: each beside its final name and then moved into
 * place, so a reader never sees half a file. A file that cannot be written (out of memory, disk
 * full) is recorded and its older version removed, so what stays listed matches the rest; the
 * other files are still written.
 */
final class DumpFolder {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DumpFolder.class);

    /** What a writer does with the open file; returns how many triples or quads it wrote. */
    interface Content extends AtomicFile.Body {}

    private final Path dir;
    private final Map<String, String> prefixes;
    private final List<DumpFile> written = new ArrayList<>();
    private final List<DumpWriter.Failure> failed = new ArrayList<>();

    DumpFolder(Path dir, Map<String, String> prefixes) {
        this.dir = dir;
        this.prefixes = prefixes;
    }

    Path dir() { return dir; }

    List<DumpFile> written() { return List.copyOf(written); }

    List<DumpWriter.Failure> failed() { return List.copyOf(failed); }

    /** A gzip file of what {@code source} sends through a streaming RIOT writer, counted as it goes. */
    void stream(String name, DataFormat format, Consumer<StreamRDF> source) {
        gzip(name, format, out -> {
            long[] count = {0};
            StreamRDF counting = new Counting(StreamRDFWriter.getWriterStream(out, format.streaming()), count);
            counting.start();
            for (Map.Entry<String, String> p : prefixes.entrySet()) counting.prefix(p.getKey(), p.getValue());
            source.accept(counting);
            counting.finish();
            return count[0];
        });
    }

    /** A gzip file. */
    void gzip(String name, DataFormat format, Content content) {
        file(name, format, out -> {
            try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
                return content.write(gz);
            }
        });
    }

    /** A file as {@code content} writes it. */
    void file(String name, DataFormat format, Content content) {
        Path file = dir.resolve(name);
        try {
            long count = AtomicFile.write(file, content);
            written.add(new DumpFile(name, format.label(), Files.size(file), count));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            failed.add(new DumpWriter.Failure(name, reason(e)));
            LOG.debug("dump {} not written", file, e);
            try {
                Files.deleteIfExists(file); // an older version would not match the files written now
            } catch (IOException gone) {
                LOG.debug("could not remove {}", file, gone);
            }
        }
    }

    /** Removes the graph files of graphs that are gone, left by an earlier dump. */
    void removeOtherGraphFiles(String glob) throws IOException {
        Set<String> keep = written.stream().map(DumpFile::name).collect(Collectors.toSet());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            for (Path f : files) if (!keep.contains(f.getFileName().toString())) Files.deleteIfExists(f);
        }
    }

    /** Why a file was not written, in a few words: the heap, or the first message in the chain of causes. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof OutOfMemoryError) return "out of memory (" + t.getMessage() + ")";
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof FileSystemException f) return f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
        for (Throwable t = e; t != null; t = t.getCause())
            if (t.getMessage() != null && !t.getMessage().isBlank()) return t.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName();
    }

    /** Passes everything on, counting triples and quads. */
    private static final class Counting extends StreamRDFWrapper {
        private final long[] count;

        Counting(StreamRDF other, long[] count) {
            super(other);
            this.count = count;
        }

        @Override
        public void triple(Triple triple) {
            count[0]++;
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            count[0]++;
            super.quad(quad);
        }
    }
}
