package org.declkg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.declkg.bench.CompetencyQueries.Query;

/**
 * The load test: declkg's {@code serve} in a JVM of its own, hit by a fixed number of concurrent clients
 * sending a fixed number of the competency queries in turn; requests per second, latency, failures
 * (there must be none) and the server's heap afterwards.
 */
public final class HttpLoadBench {
    /** The figures, and the number of failed or wrong answers. */
    public record Outcome(List<Measurement> figures, int failures, String firstProblem) {}

    private final Path declkgJar;
    private final int clients;
    private final int requests;
    private final String heap;

    public HttpLoadBench(Path declkgJar, int clients, int requests, String heap) {
        this.declkgJar = declkgJar;
        this.clients = clients;
        this.requests = requests;
        this.heap = heap;
    }

    public Outcome run(Path store, Map<String, Answer> expected, Path workDir) throws Exception {
        List<Query> queries = CompetencyQueries.all();
        try (ServerProcess server = ServerProcess.declkg(declkgJar, store, heap, workDir.resolve("load-serve"))) {
            Optional<Long> heapBefore = server.heapUsed(true);
            LoadClient client = new LoadClient(server.sparqlUrl(), clients, Duration.ofSeconds(60), Duration.ofMinutes(30));
            LoadClient.Result r;
            try {
                LoadClient.Result checked = client.check(queries, expected); // each answer read whole once
                r = checked.errors() + checked.wrong() > 0 ? checked : client.run(queries, expected, requests);
            } finally {
                client.close();
            }
            Optional<Long> heapAfter = server.heapUsed(false);
            Optional<Long> heapAfterGc = server.heapUsed(true);
            List<Measurement> out = new ArrayList<>();
            out.add(Measurement.of("load: requests sent (" + clients + " clients)", r.sent(), "requests"));
            out.add(Measurement.of("load: wall time", r.seconds(), "s"));
            out.add(Measurement.of("load: requests per second", r.requestsPerSecond(), "req/s"));
            out.add(Measurement.of("load: latency p50, all queries", r.percentileMillis(null, 0.5), "ms"));
            out.add(Measurement.of("load: latency p99, all queries", r.percentileMillis(null, 0.99), "ms"));
            for (Query q : queries) {
                out.add(Measurement.of("load: " + q.name() + " p50", r.percentileMillis(q.name(), 0.5), "ms"));
                out.add(Measurement.of("load: " + q.name() + " p99", r.percentileMillis(q.name(), 0.99), "ms"));
            }
            out.add(Measurement.limited("load: errors (status, transport)", r.errors(), "requests", Measurement.Target.atMost(0)));
            out.add(Measurement.limited("load: wrong answers", r.wrong(), "requests", Measurement.Target.atMost(0)));
            out.add(Measurement.of("load: server heap before (after GC)", mib(heapBefore), "MiB"));
            out.add(Measurement.of("load: server heap after", mib(heapAfter), "MiB"));
            out.add(Measurement.of("load: server heap after (after GC)", mib(heapAfterGc), "MiB"));
            return new Outcome(out, r.errors() + r.wrong() + (r.stoppedAtDeadline() ? 1 : 0), r.firstProblem());
        }
    }

    private static double mib(Optional<Long> bytes) { return bytes.map(b -> b / 1048576.0).orElse(Double.NaN); }
}
