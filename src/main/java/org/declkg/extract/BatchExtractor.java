package org.declkg.extract;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.declkg.input.InputException;
import org.declkg.input.InputText;
import org.declkg.input.TextReader;
import org.declkg.extract.Extraction;
import org.declkg.extract.Extractor;
import org.declkg.validate.GraphValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, extracts and checks declaration files in parallel and hands the outcomes over in file
 * order. Whatever goes wrong with one file (unreadable, not a text, no statements, a pipeline
 * failure, memory) is that file's outcome: the other files go on, and a refused file never reaches
 * the store. Each good graph is stored whole, in a write transaction with others or alone.
 */
public final class BatchExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(BatchExtractor.class);

    /** What became of one file: its extraction, or why it was refused. */
    public record Outcome(Path file, Extraction extraction, String problem, List<String> notes, String validation) {
        public boolean ok() { return problem == null; }
    }

    private final Extractor extractor;
    private final TextReader reader;
    private final GraphValidator validator;
    private final boolean allowEmpty;
    private final boolean strict;
    private final int threads;

    /** @param validator the shapes check, or null for none (then nothing is refused for its shape) */
    public BatchExtractor(Extractor extractor, TextReader reader, GraphValidator validator, boolean allowEmpty, boolean strict,
                  int threads) {
        this.extractor = extractor;
        this.reader = reader;
        this.validator = validator;
        this.allowEmpty = allowEmpty;
        this.strict = strict;
        this.threads = Math.max(1, threads);
    }

    public List<Outcome> extractAll(List<Path> files) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path f : files) futures.add(pool.submit(() -> extract(f)));
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** What to do with each batch of outcomes, handed over in file order. */
    public interface BatchSink {
        void accept(List<Outcome> batch) throws Exception;
    }

    /**
     * Extracts the files on the pool and hands the outcomes to {@code sink} in file order, {@code batchSize}
     * at a time, while the next ones are extracted. At most two batches are extracted ahead of the sink, so
     * memory holds a bounded number of graphs however many files there are.
     */
    public void extractInBatches(List<Path> files, int batchSize, BatchSink sink) throws Exception {
        int size = Math.max(1, batchSize);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())));
        try {
            java.util.ArrayDeque<Future<Outcome>> ahead = new java.util.ArrayDeque<>();
            List<Outcome> batch = new ArrayList<>();
            int next = 0;
            while (next < files.size() || !ahead.isEmpty()) {
                while (next < files.size() && ahead.size() < 2 * size) {
                    Path f = files.get(next++);
                    ahead.add(pool.submit(() -> extract(f)));
                }
                try {
                    batch.add(ahead.poll().get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
                if (batch.size() == size || ahead.isEmpty()) {
                    sink.accept(batch);
                    batch = new ArrayList<>();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    public Outcome extract(Path file) {
        try {
            return readAndExtract(file);
        } catch (OutOfMemoryError oom) {
            // This file's text and graph are garbage now; the other files can go on.
            return new Outcome(file, null, "ran out of memory (Java heap " + Runtime.getRuntime().maxMemory() / 1048576
                    + " MiB): lower --max-bytes or give Java more (-Xmx)", List.of(), null);
        }
    }

    private Outcome readAndExtract(Path file) {
        InputText in;
        try {
            in = reader.read(file);
        } catch (InputException e) {
            return new Outcome(file, null, e.getMessage(), List.of(), null);
        }
        Extraction e;
        try {
            e = extractor.extract(in.source(), in.text());
        } catch (RuntimeException | StackOverflowError bug) {
            // A text the pipeline cannot handle is this file's problem only: the others go on.
            LOG.debug("extraction failed on {}", file, bug);
            return new Outcome(file, null, "could not be extracted (" + bug.getClass().getSimpleName()
                    + (bug.getMessage() == null ? "" : ": " + bug.getMessage().lines().findFirst().orElse(""))
                    + "); please report this file", in.notes(), null);
        }
        return check(file, e, in.notes());
    }

    /** Whether an extraction may be stored: it has statements (unless empty ones are allowed) and, when strict, conforms. */
    public Outcome check(Path file, Extraction e, List<String> notes) {
        if (e.actCount() == 0 && !allowEmpty)
            return new Outcome(file, null, "no declaration statements found (not a declaration? --allow-empty loads it anyway)",
                    notes, null);
        if (validator == null) return new Outcome(file, e, null, notes, null); // not asked for (extract)
        GraphValidator.Result v = validator.validate(e.graph());
        if (strict && !v.conforms())
            return new Outcome(file, null, "does not conform to the shapes: " + v.summary(), notes, v.summary());
        return new Outcome(file, e, null, notes, v.summary());
    }
}
