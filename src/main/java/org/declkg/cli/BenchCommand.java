package org.declkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.declkg.bench.Answer;
import org.declkg.bench.Children;
import org.declkg.bench.ColdStartBench;
import org.declkg.bench.CompetencyQueries;
import org.declkg.bench.CorpusGenerator;
import org.declkg.bench.CorpusLoadBench;
import org.declkg.bench.ExtractionBench;
import org.declkg.bench.HttpLoadBench;
import org.declkg.bench.Measurement;
import org.declkg.bench.ServingBench;
import org.declkg.knowledge.Knowledge;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.extract.Extractor;
import org.declkg.store.DeclarationStore;
import org.declkg.validate.GraphValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench}: speed figures, each beside its reference and the ratio, in one run on one machine:
 * extraction against bare HanLP, a cold start, a generated corpus loaded against TDB2's bulk loader,
 * and SPARQL serving against stock Fuseki. {@code bench --http-load} is the load test of a server.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure declkg against the best this machine can do: extraction against bare HanLP, a cold start, "
                + "loading a generated corpus against TDB2's bulk loader, SPARQL serving against stock Fuseki.",
                "With --http-load: the load test (concurrent clients, mixed competency queries) of declkg's server.",
                "Everything runs on loopback, with fixed counts, and stops by itself."})
final class BenchCommand implements Callable<Integer> {
    private static final Set<String> PARTS = Set.of("extraction", "cold", "corpus", "serving");

    @Option(names = "--text", paramLabel = "FILE",
            description = "The declaration to measure on and to generate the corpus from (default: the first seed text).")
    Path text;

    @Option(names = "--only", split = ",", paramLabel = "PART",
            description = "Run only these parts: extraction, cold, corpus, serving (default: all).")
    List<String> only;

    @Option(names = "--corpus", defaultValue = "1000", paramLabel = "N",
            description = "Texts in the generated corpus (default ${DEFAULT-VALUE}).")
    int corpus;

    @Mixin ThreadsOption threads;
    @Mixin BatchOption batch;

    @Option(names = "--rounds", defaultValue = "5", paramLabel = "N",
            description = "Rounds of a million characters per extraction contender; the best counts (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--cold-runs", defaultValue = "5", paramLabel = "N", description = "Cold starts to time (default ${DEFAULT-VALUE}).")
    int coldRuns;

    @Option(names = "--serving-requests", defaultValue = "200", paramLabel = "N",
            description = "Requests per competency query and server in the serving comparison (default ${DEFAULT-VALUE}).")
    int servingRequests;

    @Option(names = "--served", paramLabel = "N",
            description = "Generated declarations in the store the servers serve (default 20; 10 for --http-load).")
    Integer served;

    @Option(names = "--http-load", description = "Run the load test of declkg's server instead of the comparison.")
    boolean httpLoad;

    @Option(names = "--clients", defaultValue = "8", paramLabel = "N",
            description = "Concurrent clients for serving and the load test (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", defaultValue = "20000", paramLabel = "N",
            description = "Requests in the load test, the competency queries in turn (default ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--compare-loaders", description = "Also time one transaction per graph and TDB2's basic and phased loaders.")
    boolean compareLoaders;

    @Option(names = "--server-heap", defaultValue = "1g", paramLabel = "SIZE",
            description = "-Xmx of each server process (default ${DEFAULT-VALUE}).")
    String serverHeap;

    @Option(names = "--jar", paramLabel = "FILE", description = "declkg's runnable jar (default: the one running).")
    Path jar;

    @Option(names = "--fuseki-jar", paramLabel = "FILE",
            description = "Stock jena-fuseki-server jar (default: fuseki/jena-fuseki-server.jar beside declkg's jar).")
    Path fusekiJar;

    @Option(names = "--keep", description = "Keep the work folder (the served store, server logs) instead of deleting it.")
    boolean keep;

    @Mixin KnowledgeOptions knowledge;

    @ParentCommand Main main;

    private final List<Measurement> table = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (only != null)
            for (String p : only)
                if (!PARTS.contains(p)) {
                    Stderr.line("declkg: --only " + p + ": use extraction, cold, corpus or serving");
                    return Main.USAGE;
                }
        Path work = Files.createTempDirectory("declkg-bench");
        try {
            return httpLoad ? loadTest(work) : compare(work);
        } finally {
            if (keep) System.out.println("work folder kept: " + work);
            else deleteTree(work);
        }
    }

    private int compare(Path work) throws Exception {
        machine();
        KnowledgeBase kb = knowledge.knowledge();
        Path seed = seedText(work);
        String seedText = Files.readString(seed, StandardCharsets.UTF_8);
        Extractor extractor = Extractor.create(kb, main.iris());
        Optional<Path> ownJar = jar != null ? Optional.of(jar) : Children.ownJar();
        if (part("extraction")) {
            section("extraction: the seed text, " + seedText.length() + " chars, again and again up to 1 M per round");
            add(new ExtractionBench(extractor, new GraphValidator(kb), seedText, rounds).run());
        }
        if (part("cold")) {
            section("cold start: a new JVM per run");
            if (ownJar.isEmpty()) skip("cold start", "not running from declkg.jar (give --jar)");
            else add(new ColdStartBench(ownJar.get(), seed, coldRuns).run(work));
        }
        if (part("corpus")) {
            section("corpus: " + corpus + " generated texts, " + threads.threads() + " extraction threads, "
                    + "batches of " + batch.batch() + ", heap max " + Runtime.getRuntime().maxMemory() / 1048576 + " MiB");
            corpusBench(kb, extractor, seedText).run(work.resolve("corpus"), this::add);
        }
        if (part("serving")) {
            int n = served(false);
            Path store = corpusBench(kb, extractor, seedText).store(work.resolve("served"), n);
            section("serving: a store of " + n + " generated declarations, " + servingRequests + " requests per query and "
                    + "server, " + clients + " clients, server heap " + serverHeap);
            Optional<Path> stock = fusekiJar(ownJar);
            if (ownJar.isEmpty()) skip("serving", "not running from declkg.jar (give --jar)");
            else if (stock.isEmpty()) skip("serving", "no stock Fuseki jar (build with `mvn package`, or give --fuseki-jar)");
            else add(new ServingBench(ownJar.get(), stock.get(), servingRequests, clients, serverHeap)
                    .run(store, expected(store), work.resolve("serving")));
        }
        System.out.println();
        System.out.println("## the table");
        System.out.println(Measurement.header());
        table.forEach(m -> System.out.println(m.row()));
        System.out.printf("(load average at the end: %.2f)%n", loadAverage());
        return Main.OK;
    }

    private int loadTest(Path work) throws Exception {
        machine();
        Optional<Path> ownJar = jar != null ? Optional.of(jar) : Children.ownJar();
        if (ownJar.isEmpty()) {
            Stderr.line("declkg: bench --http-load starts declkg.jar as its server: run it from the jar, or give --jar");
            return Main.USAGE;
        }
        KnowledgeBase kb = knowledge.knowledge();
        Path seed = seedText(work);
        int n = served(true);
        Path store = corpusBench(kb, Extractor.create(kb, main.iris()), Files.readString(seed, StandardCharsets.UTF_8))
                .store(work.resolve("served"), n);
        section("load test: " + requests + " requests, " + clients + " clients, the 6 competency queries in turn, "
                + "a store of " + n + " generated declarations, server heap " + serverHeap);
        HttpLoadBench.Outcome r = new HttpLoadBench(ownJar.get(), clients, requests, serverHeap)
                .run(store, expected(store), work.resolve("load"));
        add(r.figures());
        System.out.printf("(load average at the end: %.2f)%n", loadAverage());
        if (r.failures() > 0) {
            Stderr.line("declkg: " + r.failures() + " requests failed or were answered wrongly; first: " + r.firstProblem());
            return Main.FAILURE;
        }
        return Main.OK;
    }

    private CorpusLoadBench corpusBench(KnowledgeBase kb, Extractor extractor, String seedText) {
        List<String> places = new ArrayList<>();
        for (Map<String, String> row : kb.rows("places.csv")) places.add(row.get("label_zh"));
        return new CorpusLoadBench(kb, main.iris(), extractor, new CorpusGenerator(seedText, places, Knowledge.of(kb)), corpus,
                threads.threads(), batch.batch(), compareLoaders);
    }

    /** Declarations in the store the servers serve: as given, else fewer for the long load test. */
    private int served(boolean loadTest) {
        return served != null ? served : loadTest ? 10 : 20;
    }

    private static Map<String, Answer> expected(Path store) {
        try (DeclarationStore s = DeclarationStore.open(store)) {
            return CompetencyQueries.expected(s.dataset(), CompetencyQueries.all());
        } finally {
            CorpusLoadBench.release(store);
        }
    }

    private boolean part(String name) { return only == null || only.contains(name); }

    private void add(List<Measurement> figures) { figures.forEach(this::add); }

    private void add(Measurement m) {
        System.out.println(m.row());
        table.add(m);
    }

    private static void section(String what) {
        System.out.printf("%n## %s (load average %.2f)%n", what, loadAverage());
    }

    private static void skip(String part, String why) { System.out.println(part + " skipped: " + why); }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        System.out.printf("machine: %d cores, %.1f GiB memory, %s %s; Java %s (%s), max heap %d MiB; load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), memory / 1073741824.0, os.getName(), os.getArch(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / 1048576, os.getSystemLoadAverage());
    }

    /** The text to measure on: --text, else the first seed (from ./seeds when there, else from the jar). */
    private Path seedText(Path work) throws IOException {
        if (text != null) return text;
        String first;
        try (InputStream list = BenchCommand.class.getResourceAsStream("/declkg/seeds/index.list")) {
            first = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).findFirst().orElseThrow();
        }
        Path local = MainJob.SEEDS.resolve(first);
        if (Files.isRegularFile(local)) return local;
        Path copy = work.resolve(first);
        try (InputStream in = BenchCommand.class.getResourceAsStream("/declkg/seeds/" + first)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    private Optional<Path> fusekiJar(Optional<Path> ownJar) {
        if (fusekiJar != null) return Optional.of(fusekiJar).filter(Files::isRegularFile);
        return ownJar.map(j -> j.toAbsolutePath().getParent().resolve("fuseki").resolve("jena-fuseki-server.jar"))
                .filter(Files::isRegularFile);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }
}
