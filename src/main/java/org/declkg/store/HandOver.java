package org.declkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * The hand-over folder {@code DIR/incoming}: how {@code load} gives graphs to the {@code serve} that
 * holds the database open (TDB2 lets one process at a time open a database folder).
 * <p>
 * The server announces itself in {@code incoming/server.pid}. {@code load} writes each batch of
 * named graphs as one TriG file, under a hidden name first and then renamed, so the server never
 * sees half a file. The server applies the files in name order, each in one write transaction
 * (every graph in it replaced, all or none), then deletes it; a file it cannot apply is deleted and
 * its reason left in {@code NAME.error}. Applying is idempotent, so a file applied but not yet
 * deleted when the server dies is simply applied again. Anyone who can write the database folder
 * can hand over: the same trust as the database itself. Nothing here listens on the network.
 */
public final class HandOver {
    public static final String FOLDER = "incoming";
    static final String SERVER_FILE = "server.pid";
    static final String SUFFIX = ".trig";
    static final String ERROR_SUFFIX = ".error";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** What became of one handed-over file. */
    public enum Status { APPLIED, REFUSED, PENDING }

    public record Receipt(Path file, Status status, String reason) {}

    private final Path db;
    private final Path dir;

    private HandOver(Path db) {
        this.db = db;
        this.dir = db.resolve(FOLDER);
    }

    public static HandOver of(Path db) { return new HandOver(db); }

    public Path dir() { return dir; }

    // ---- the server's side

    /** Says that this process holds the store and applies what is handed over. */
    public void announce() throws IOException {
        Files.createDirectories(dir);
        AtomicFile.write(dir.resolve(SERVER_FILE), out -> {
            out.write((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII));
            return 0;
        });
    }

    /** Withdraws this process's announcement (another process's is left alone). */
    public void withdraw() {
        try {
            Path f = dir.resolve(SERVER_FILE);
            if (readPid(f) == ProcessHandle.current().pid()) Files.deleteIfExists(f);
        } catch (IOException e) {
            // nothing to withdraw
        }
    }

    /** The files waiting to be applied, oldest first. */
    public List<Path> pending() throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path p : s) if (!p.getFileName().toString().startsWith(".")) out.add(p);
        }
        out.sort(null);
        return out;
    }

    /** Applies every waiting file in order; returns how many were applied. */
    public int applyPending(Dataset dataset) throws IOException {
        int applied = 0;
        for (Path f : pending()) if (apply(dataset, f)) applied++;
        return applied;
    }

    /**
     * Replaces every named graph of the file in the store, in one write transaction, then deletes the
     * file. A file that does not parse, or holds triples outside a named graph, changes nothing: it is
     * deleted and the reason written beside it.
     */
    public boolean apply(Dataset dataset, Path file) throws IOException {
        DatasetGraph incoming = DatasetGraphFactory.create();
        String problem = null;
        try {
            RDFParser.source(file).lang(Lang.TRIG).parse(incoming);
            if (!incoming.getDefaultGraph().isEmpty()) problem = "has triples outside a named graph";
        } catch (RuntimeException e) {
            problem = "does not parse as TriG: " + firstLine(e);
        }
        if (problem != null) {
            Files.writeString(errorFile(file), problem + "\n");
            Files.deleteIfExists(file);
            return false;
        }
        List<Node> names = new ArrayList<>();
        incoming.listGraphNodes().forEachRemaining(names::add);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph store = dataset.asDatasetGraph();
            for (Node name : names) {
                store.removeGraph(name);
                incoming.getGraph(name).find().forEachRemaining(t -> store.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
        Files.deleteIfExists(file);
        return true;
    }

    // ---- load's side

    /**
     * The process id of the live {@code serve} that holds this store and takes hand-overs, if any: it
     * announced itself, and TDB2's lock names the same process.
     */
    public OptionalLong server() {
        long announced = readPid(dir.resolve(SERVER_FILE));
        if (announced <= 0 || announced == ProcessHandle.current().pid()) return OptionalLong.empty();
        if (readPid(db.resolve("tdb.lock")) != announced) return OptionalLong.empty();
        boolean alive = ProcessHandle.of(announced).map(ProcessHandle::isAlive).orElse(false);
        return alive ? OptionalLong.of(announced) : OptionalLong.empty();
    }

    /** Writes the graphs (name to content) as one hand-over file, which the server applies all or none. */
    public Path offer(Map<String, Model> graphs) throws IOException {
        Files.createDirectories(dir);
        Dataset ds = DatasetFactory.create();
        graphs.forEach(ds::addNamedModel);
        String name = String.format("%013d-%d-%06d%s", System.currentTimeMillis(), ProcessHandle.current().pid(),
                SEQUENCE.incrementAndGet(), SUFFIX);
        Path file = dir.resolve(name);
        AtomicFile.write(file, out -> {
            RDFDataMgr.write(out, ds, RDFFormat.TRIG_BLOCKS);
            return 0;
        });
        return file;
    }

    /** Waits until the server has applied or refused each file, or {@code limit} has passed. */
    public List<Receipt> await(Collection<Path> files, Duration limit) throws InterruptedException {
        return await(files, limit, () -> true);
    }

    /**
     * Waits until the server has applied or refused each file, {@code limit} has passed, or the server
     * is no longer {@code alive} (then what it has not applied is PENDING at once).
     */
    public List<Receipt> await(Collection<Path> files, Duration limit, java.util.function.BooleanSupplier alive)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        Map<Path, Receipt> receipts = new LinkedHashMap<>();
        while (true) {
            for (Path f : files) {
                if (receipts.containsKey(f) || Files.exists(f)) continue;
                Path error = errorFile(f);
                receipts.put(f, Files.exists(error) ? new Receipt(f, Status.REFUSED, readAndDelete(error))
                        : new Receipt(f, Status.APPLIED, null));
            }
            if (receipts.size() == files.size() || System.nanoTime() > deadline) break;
            if (!alive.getAsBoolean()) { // one last look: it may have applied them just before it went
                Thread.sleep(100);
                for (Path f : files)
                    if (!receipts.containsKey(f) && !Files.exists(f))
                        receipts.put(f, Files.exists(errorFile(f)) ? new Receipt(f, Status.REFUSED, readAndDelete(errorFile(f)))
                                : new Receipt(f, Status.APPLIED, null));
                break;
            }
            Thread.sleep(100);
        }
        List<Receipt> out = new ArrayList<>();
        for (Path f : files) out.add(receipts.getOrDefault(f, new Receipt(f, Status.PENDING, null)));
        return out;
    }

    static Path errorFile(Path file) { return file.resolveSibling(file.getFileName() + ERROR_SUFFIX); }

    private static String readAndDelete(Path error) {
        try {
            String s = Files.readString(error).strip();
            Files.deleteIfExists(error);
            return s;
        } catch (IOException e) {
            return "refused (its reason could not be read)";
        }
    }

    private static long readPid(Path file) {
        try {
            return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
