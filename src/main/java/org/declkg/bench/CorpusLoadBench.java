package org.declkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.graph.NodeFactory;
import org.declkg.pipeline.Extraction;
import org.declkg.pipeline.Extractor;

/**
 * A generated corpus extracted on all cores and loaded into a fresh TDB2 store two ways: declkg's
 * graph-by-graph replacement in batched write transactions, and TDB2's parallel bulk loader on the
 * same quads from an N-Quads file.
 */
public final class CorpusLoadBench {
    private static final int BATCH = 50;

    private final Extractor extractor;
    private final CorpusGenerator corpus;
    private final int size;
    private final int threads;

    public CorpusLoadBench(Extractor extractor, CorpusGenerator corpus, int size, int threads) {
        this.extractor = extractor;
        this.corpus = corpus;
        this.size = size;
        this.threads = threads;
    }

    public List<Measurement> run(Path workDir) throws IOException, InterruptedException, ExecutionException {
        Path nquads = workDir.resolve("corpus.nq");
        long t = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(nquads)) { // extraction alone, keeping the quads
            extractAll(batch -> writeQuads(batch, out));
        }
        double extractSeconds = seconds(t);

        resetPeaks();
        Dataset store = TDB2Factory.connectDataset(workDir.resolve("batched").toString());
        t = System.nanoTime();
        extractAll(batch -> Txn.executeWrite(store, () -> batch.forEach(e ->
                store.getNamedModel(e.declarationIri()).removeAll().add(e.graph()))));
        double wall = seconds(t);
        long heapPeak = heapPeak();
        long quads = Txn.calculateRead(store, () -> store.asDatasetGraph().stream().count());
        store.close();

        DatasetGraph bulk = DatabaseMgr.connectDatasetGraph(workDir.resolve("bulk").toString());
        t = System.nanoTime();
        DataLoader loader = LoaderFactory.parallelLoader(bulk, (format, args) -> {});
        loader.startBulk();
        loader.load(nquads.toString());
        loader.finishBulk();
        double bulkSeconds = seconds(t);

        return List.of(
                new Measurement("corpus: extraction alone, " + threads + " threads", extractSeconds, "s", null, 0),
                new Measurement("corpus: extract+load, batched txns", wall, "s",
                        "extraction alone + TDB2 bulk loader", extractSeconds + bulkSeconds),
                new Measurement("corpus: TDB2 bulk loader alone", bulkSeconds, "s", null, 0),
                new Measurement("corpus: quads/s, extract+load", quads / wall, "quads/s", null, 0),
                new Measurement("corpus: quads in store", quads, "quads", null, 0),
                new Measurement("corpus: peak heap, extract+load", heapPeak / 1048576.0, "MiB", null, 0));
    }

    private interface BatchSink {
        void accept(List<Extraction> batch) throws IOException;
    }

    /** Extracts the corpus on the pool, handing over batches in order while the next ones are extracted. */
    private void extractAll(BatchSink sink) throws IOException, InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            java.util.ArrayDeque<Future<Extraction>> window = new java.util.ArrayDeque<>();
            List<Extraction> batch = new ArrayList<>();
            int next = 0;
            while (next < size || !window.isEmpty()) {
                while (next < size && window.size() < 2 * BATCH) {
                    int i = next++;
                    window.add(pool.submit(() -> extractor.extract("generated-" + i, corpus.text(i))));
                }
                batch.add(window.poll().get());
                if (batch.size() == BATCH || (next == size && window.isEmpty())) {
                    sink.accept(batch);
                    batch = new ArrayList<>();
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void writeQuads(List<Extraction> graphs, OutputStream out) {
        for (Extraction e : graphs) {
            DatasetGraph one = DatasetGraphFactory.create();
            one.addGraph(NodeFactory.createURI(e.declarationIri()), e.graph().getGraph());
            RDFDataMgr.write(out, one, Lang.NQUADS);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }

    private static double seconds(long since) { return (System.nanoTime() - since) / 1e9; }
}
