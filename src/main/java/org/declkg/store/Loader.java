package org.declkg.store;

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
import org.declkg.pipeline.Extraction;
import org.declkg.pipeline.Extractor;
import org.declkg.validate.GraphValidator;

/**
 * Reads, extracts and checks declaration files in parallel, then stores each good one as one write
 * transaction: a bad file is reported and skipped, and never touches what the store had.
 */
public final class Loader {
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

    public Loader(Extractor extractor, TextReader reader, GraphValidator validator, boolean allowEmpty, boolean strict,
                  int threads) {
        this.extractor = extractor;
        this.reader = reader;
        this.validator = validator;
        this.allowEmpty = allowEmpty;
        this.strict = strict;
        this.threads = Math.max(1, threads);
    }

    /** Extracts every file (in parallel) and stores the good ones, each in its own transaction. */
    public List<Outcome> load(DeclarationStore store, List<Path> files) throws InterruptedException {
        List<Outcome> outcomes = extractAll(files);
        for (Outcome o : outcomes) if (o.ok()) store.replace(List.of(o.extraction()));
        return outcomes;
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

    public Outcome extract(Path file) {
        InputText in;
        try {
            in = reader.read(file);
        } catch (InputException e) {
            return new Outcome(file, null, e.getMessage(), List.of(), null);
        }
        Extraction e = extractor.extract(file.getFileName().toString(), in.text());
        if (e.actCount() == 0 && !allowEmpty)
            return new Outcome(file, null, "no declaration statements found (not a declaration? --allow-empty loads it anyway)",
                    in.notes(), null);
        GraphValidator.Result v = validator.validate(e.graph());
        if (strict && !v.conforms())
            return new Outcome(file, null, "does not conform to the shapes: " + v.summary(), in.notes(), v.summary());
        return new Outcome(file, e, null, in.notes(), v.summary());
    }
}
