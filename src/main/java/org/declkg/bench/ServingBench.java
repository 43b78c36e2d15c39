package org.declkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.declkg.bench.CompetencyQueries.Query;
import org.declkg.bench.Measurement.Target;

/**
 * The same store served by declkg's {@code serve} and by stock Fuseki, each in a JVM of its own with the
 * same heap, on copies of the same TDB2 folder, each hit by the same bounded client with the same
 * requests: per query, a fixed number at a fixed concurrency after a warm-up. Both servers run side by
 * side and take turns, in slices, so that a machine busy with something else slows both alike.
 */
public final class ServingBench {
    private static final int SLICES = 4;

    private final Path declkgJar;
    private final Path fusekiJar;
    private final int requestsPerQuery;
    private final int clients;
    private final String heap;

    public ServingBench(Path declkgJar, Path fusekiJar, int requestsPerQuery, int clients, String heap) {
        this.declkgJar = declkgJar;
        this.fusekiJar = fusekiJar;
        this.requestsPerQuery = requestsPerQuery;
        this.clients = clients;
        this.heap = heap;
    }

    public List<Measurement> run(Path store, Map<String, Answer> expected, Path workDir) throws Exception {
        List<Query> queries = CompetencyQueries.all();
        Path copy = workDir.resolve("fuseki-store");
        copyTree(store, copy);
        Map<String, LoadClient.Result> declkg = new LinkedHashMap<>(), stock = new LinkedHashMap<>();
        try (ServerProcess d = ServerProcess.declkg(declkgJar, store, heap, workDir.resolve("declkg-serve"));
             ServerProcess f = ServerProcess.fuseki(fusekiJar, copy, heap, workDir.resolve("fuseki"))) {
            LoadClient dc = client(d), fc = client(f);
            try {
                warm(d, dc, queries, expected);
                warm(f, fc, queries, expected);
                for (Query q : queries) {
                    for (int slice = 0; slice < SLICES; slice++) {
                        int n = requestsPerQuery / SLICES + (slice < requestsPerQuery % SLICES ? 1 : 0);
                        declkg.merge(q.name(), dc.run(List.of(q), expected, n), LoadClient.Result::plus);
                        stock.merge(q.name(), fc.run(List.of(q), expected, n), LoadClient.Result::plus);
                    }
                }
            } finally {
                dc.close();
                fc.close();
            }
        }
        List<Measurement> out = new ArrayList<>();
        for (Query q : queries) {
            LoadClient.Result d = declkg.get(q.name()), f = stock.get(q.name());
            String n = "serving: " + q.name();
            out.add(Measurement.compared(n + ", queries/s", d.requestsPerSecond(), "q/s", "stock Fuseki",
                    f.requestsPerSecond(), Target.atLeast(0.9)));
            out.add(Measurement.compared(n + ", p50", d.percentileMillis(q.name(), 0.5), "ms", "stock Fuseki",
                    f.percentileMillis(q.name(), 0.5), null));
            out.add(Measurement.compared(n + ", p99", d.percentileMillis(q.name(), 0.99), "ms", "stock Fuseki",
                    f.percentileMillis(q.name(), 0.99), null));
        }
        LoadClient.Result d = total(declkg), f = total(stock);
        out.add(Measurement.compared("serving: all 6, queries/s", d.requestsPerSecond(), "q/s", "stock Fuseki",
                f.requestsPerSecond(), Target.atLeast(0.9)));
        out.add(Measurement.compared("serving: all 6, p50", d.percentileMillis(null, 0.5), "ms", "stock Fuseki",
                f.percentileMillis(null, 0.5), null));
        out.add(Measurement.compared("serving: all 6, p99", d.percentileMillis(null, 0.99), "ms", "stock Fuseki",
                f.percentileMillis(null, 0.99), null));
        out.add(Measurement.compared("serving: failed or wrong answers", d.errors() + d.wrong(), "requests",
                "stock Fuseki", f.errors() + f.wrong(), null));
        return out;
    }

    private LoadClient client(ServerProcess s) {
        return new LoadClient(s.sparqlUrl(), clients, Duration.ofSeconds(120), Duration.ofMinutes(20));
    }

    /** Each answer checked whole once, then each query a few times per client, not counted: JIT and caches warm up. */
    private void warm(ServerProcess s, LoadClient c, List<Query> queries, Map<String, Answer> expected) throws Exception {
        LoadClient.Result checked = c.check(queries, expected);
        LoadClient.Result warm = checked.errors() + checked.wrong() > 0 ? checked
                : c.run(queries, expected, queries.size() * clients * 2);
        if (warm.errors() + warm.wrong() > 0)
            throw new IllegalStateException(s.name() + " failed while warming up: " + warm.firstProblem());
    }

    private static LoadClient.Result total(Map<String, LoadClient.Result> perQuery) {
        return perQuery.values().stream().reduce(LoadClient.Result::plus).orElseThrow();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (!p.getFileName().toString().equals("tdb.lock"))
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
