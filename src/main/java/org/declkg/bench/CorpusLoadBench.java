package org.declkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.declkg.bench.Measurement.Target;
import org.declkg.input.TextReader;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.extract.Extraction;
import org.declkg.extract.Extractor;
import org.declkg.graph.WorldGraph;
import org.declkg.rdf.Iris;
import org.declkg.store.DeclarationStore;
import org.declkg.extract.BatchExtractor;
import org.declkg.validate.GraphValidator;

/**
 * A generated corpus, written out as files, loaded into a fresh TDB2 store the way {@code load} does it
 * (files read, extracted and checked on all cores, stored a batch per write transaction), against the
 * reference: extraction alone on the same cores plus TDB2's bulk loader on the same quads from an
 * N-Quads file. Leaves the loaded store behind for the serving benchmark.
 */
public final class CorpusLoadBench {
    private final KnowledgeBase kb;
    private final Iris iris;
    private final Extractor extractor;
    private final CorpusGenerator corpus;
    private final int size;
    private final int threads;
    private final int batch;
    private final boolean compareLoaders;

    /** @param iris what {@code extractor} names the data under, and so the shared graphs */
    public CorpusLoadBench(KnowledgeBase kb, Iris iris, Extractor extractor, CorpusGenerator corpus, int size, int threads,
                           int batch, boolean compareLoaders) {
        this.kb = kb;
        this.iris = iris;
        this.extractor = extractor;
        this.corpus = corpus;
        this.size = size;
        this.threads = threads;
        this.batch = batch;
        this.compareLoaders = compareLoaders;
    }

    /** Runs the corpus benchmark, handing each figure to {@code report} as soon as it is measured. */
    public void run(Path workDir, Consumer<Measurement> report) throws Exception {
        List<Path> files = corpus.write(workDir.resolve("corpus"), size);

        extractAlone(Math.min(size, 100)); // warm-up: the JIT compiles the pipeline before either timing
        long t = System.nanoTime();
        long extractedTriples = extractAlone(size);
        double extractSeconds = seconds(t);
        report.accept(Measurement.of("corpus: extraction alone, " + threads + " threads", extractSeconds, "s"));
        report.accept(Measurement.of("corpus: extracted triples per second", extractedTriples / extractSeconds, "triples/s"));

        Path storeDir = workDir.resolve("store");
        int loaded;
        double loadSeconds;
        long heapPeak, livePeak;
        try (HeapSampler heap = new HeapSampler()) {
            t = System.nanoTime();
            loaded = loadAsDeclkgDoes(storeDir, files);
            loadSeconds = seconds(t);
            heapPeak = heap.peak();
            livePeak = heap.peakLive();
        }
        report.accept(Measurement.of("corpus: declarations loaded (of " + size + ")", loaded, "graphs"));
        report.accept(Measurement.limited("corpus: declkg load, " + size + " texts", loadSeconds, "s", Target.atMost(90)));

        Path nquads = workDir.resolve("corpus.nq");
        long quads = dump(storeDir, nquads);
        Path bulkDir = workDir.resolve("bulk");
        double bulkSeconds = bulkLoad(LoaderFactory::parallelLoader, bulkDir, nquads);
        report.accept(Measurement.of("corpus: TDB2 bulk loader (parallel), N-Quads", bulkSeconds, "s"));
        report.accept(Measurement.compared("corpus: declkg load", loadSeconds, "s", "extraction alone + bulk loader",
                extractSeconds + bulkSeconds, Target.atMost(1.3)));
        report.accept(Measurement.of("corpus: quads in the store", quads, "quads"));
        report.accept(Measurement.of("corpus: declkg load, quads per second", quads / loadSeconds, "quads/s"));
        report.accept(Measurement.compared("corpus: peak heap during load", heapPeak / 1048576.0, "MiB", "max heap (-Xmx)",
                Runtime.getRuntime().maxMemory() / 1048576.0, Target.atMost(1.0)));
        report.accept(Measurement.of("corpus: peak heap live after a GC, during load", livePeak / 1048576.0, "MiB"));
        report.accept(Measurement.compared("corpus: store on disk after load", mib(storeDir), "MiB",
                "after the bulk loader", mib(bulkDir), null));

        // Storing alone, without extraction: declkg's batched transactions against the bulk loader.
        report.accept(Measurement.compared("store alone: 1 write txn per " + batch + " graphs",
                storeBatched(workDir.resolve("batched"), nquads, batch, Integer.MAX_VALUE), "s",
                "TDB2 bulk loader (parallel)", bulkSeconds, null));
        if (compareLoaders) {
            int few = Math.min(100, loaded);
            double single = storeBatched(workDir.resolve("single"), nquads, 1, few) * loaded / few;
            report.accept(Measurement.compared("store alone: 1 txn per graph (" + few + " timed)", single, "s",
                    "TDB2 bulk loader (parallel)", bulkSeconds, null));
            report.accept(Measurement.compared("store alone: TDB2 basic loader", bulkLoad(LoaderFactory::basicLoader,
                    workDir.resolve("basic"), nquads), "s", "TDB2 bulk loader (parallel)", bulkSeconds, null));
            report.accept(Measurement.compared("store alone: TDB2 phased loader", bulkLoad(LoaderFactory::phasedLoader,
                    workDir.resolve("phased"), nquads), "s", "TDB2 bulk loader (parallel)", bulkSeconds, null));
        }
        for (String dir : List.of("store", "bulk", "batched", "single", "basic", "phased"))
            if (Files.isDirectory(workDir.resolve(dir))) {
                release(workDir.resolve(dir));
                deleteTree(workDir.resolve(dir)); // gigabytes, and nothing after needs them
            }
        deleteTree(workDir.resolve("corpus"));
        Files.delete(nquads);
    }

    /** A store of the first {@code n} texts of the corpus, loaded as {@code load} does, released for a server to open. */
    public Path store(Path dir, int n) throws Exception {
        List<Path> files = corpus.write(dir.resolve("texts"), n);
        Path store = dir.resolve("tdb2");
        loadAsDeclkgDoes(store, files);
        release(store);
        return store;
    }

    /**
     * Lets go of a TDB2 folder this JVM opened: closing a dataset keeps the folder locked by this
     * process until the JVM ends, and a server in another process needs it.
     */
    public static void release(Path dir) {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(dir.toString()));
    }

    static double mib(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1048576.0;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }

    /** The first {@code n} texts extracted on the pool with nothing kept: the time extraction alone takes. */
    private long extractAlone(int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong triples = new AtomicLong();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                done.add(pool.submit(() -> triples.addAndGet(extractor.extract(CorpusGenerator.name(k),
                        corpus.text(k)).graph().size())));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        return triples.get();
    }

    /** What {@code load --db DIR --no-dumps FILE...} does, through the same classes. */
    private int loadAsDeclkgDoes(Path storeDir, List<Path> files) throws Exception {
        BatchExtractor loader = new BatchExtractor(extractor, new TextReader(TextReader.DEFAULT_MAX_BYTES), new GraphValidator(kb),
                false, false, threads);
        int[] loaded = {0};
        try (DeclarationStore store = DeclarationStore.open(storeDir)) {
            loader.extractInBatches(files, batch, outcomes -> {
                List<Extraction> good = new ArrayList<>();
                for (BatchExtractor.Outcome o : outcomes) {
                    if (!o.ok()) throw new IllegalStateException(o.file() + ": " + o.problem());
                    good.add(o.extraction());
                }
                store.replace(good);
                loaded[0] += good.size();
            });
            store.replaceShared(iris, kb.ontology(), WorldGraph.build(kb, iris));
        }
        return loaded[0];
    }

    /** The store as N-Quads, graph after graph (so that {@link GraphBatches} can read it back a graph at a time). */
    private static long dump(Path storeDir, Path nquads) throws IOException {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(storeDir.toString());
        long[] quads = {0};
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            writer.start();
            Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> {
                        writer.quad(q);
                        quads[0]++;
                    })));
            writer.finish();
        }
        dsg.close();
        return quads[0];
    }

    private interface LoaderMaker {
        DataLoader make(DatasetGraph dsg, org.apache.jena.system.progress.MonitorOutput output);
    }

    private static double bulkLoad(LoaderMaker maker, Path dir, Path nquads) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        long t = System.nanoTime();
        DataLoader loader = maker.make(dsg, (format, args) -> {});
        loader.startBulk();
        loader.load(nquads.toString());
        loader.finishBulk();
        double s = seconds(t);
        dsg.close();
        return s;
    }

    /** The first {@code limit} graphs of the N-Quads file stored graph by graph, {@code per} graphs per write transaction. */
    private static double storeBatched(Path dir, Path nquads, int per, int limit) {
        try (DeclarationStore store = DeclarationStore.open(dir)) {
            long t = System.nanoTime();
            GraphBatches.read(nquads, per, limit, store::replace);
            return seconds(t);
        }
    }

    static double seconds(long since) { return (System.nanoTime() - since) / 1e9; }
}
