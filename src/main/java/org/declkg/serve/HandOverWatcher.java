package org.declkg.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Dataset;
import org.declkg.publish.DumpWriter;
import org.declkg.rdf.Iris;
import org.declkg.store.HandOver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's side of {@link HandOver}: it looks into {@code DIR/incoming} twice a second, applies
 * what {@code load} left there (each file one write transaction, while queries go on reading), and
 * then writes the dumps again on a thread of their own, so a long dump never holds up the next load.
 * Nothing of this is reachable over HTTP.
 */
public final class HandOverWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HandOverWatcher.class);
    public static final Duration EVERY = Duration.ofMillis(500);

    private final HandOver handOver;
    private final Dataset dataset;
    private final Iris iris;
    private final Path dumpsDir;
    private final String publicUrl;
    private final ScheduledExecutorService applier = Executors.newSingleThreadScheduledExecutor(daemon("declkg-hand-over"));
    private final ExecutorService dumper = Executors.newSingleThreadExecutor(daemon("declkg-dumps"));
    private final AtomicBoolean dumpsDue = new AtomicBoolean();

    private HandOverWatcher(HandOver handOver, Dataset dataset, Iris iris, Path dumpsDir, String publicUrl) {
        this.handOver = handOver;
        this.dataset = dataset;
        this.iris = iris;
        this.dumpsDir = dumpsDir;
        this.publicUrl = publicUrl;
    }

    /**
     * Announces the server in {@code db}'s hand-over folder and starts watching it; the dumps it writes
     * name the data under {@code iris}.
     */
    public static HandOverWatcher start(Path db, Dataset dataset, Iris iris, Path dumpsDir, String publicUrl) throws IOException {
        HandOver h = HandOver.of(db);
        h.announce();
        HandOverWatcher w = new HandOverWatcher(h, dataset, iris, dumpsDir, publicUrl);
        w.applier.scheduleWithFixedDelay(w::poll, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return w;
    }

    private void poll() {
        try {
            int applied = handOver.applyPending(dataset);
            if (applied > 0) {
                LOG.info("applied {} hand-over file{} from {}", applied, applied == 1 ? "" : "s", handOver.dir());
                if (dumpsDir != null && dumpsDue.compareAndSet(false, true)) dumper.submit(this::writeDumps);
            }
        } catch (Throwable t) { // a failed round must not stop the next ones
            LOG.warn("hand-over from {} failed: {}", handOver.dir(), t.toString());
        }
    }

    private void writeDumps() {
        dumpsDue.set(false); // loads applied from now on ask for another round
        try {
            DumpWriter.write(dataset, iris, dumpsDir, publicUrl);
        } catch (Throwable t) {
            LOG.warn("writing the dumps to {} failed: {}", dumpsDir, t.toString());
        }
    }

    /** Stops watching (a file being applied is finished first) and withdraws the announcement. */
    @Override
    public void close() {
        handOver.withdraw();
        applier.shutdown();
        dumper.shutdown();
        try {
            applier.awaitTermination(30, TimeUnit.SECONDS);
            dumper.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
