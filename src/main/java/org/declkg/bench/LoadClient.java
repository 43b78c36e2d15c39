package org.declkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.declkg.bench.CompetencyQueries.Query;

/**
 * A bounded SPARQL load on loopback: a fixed number of requests, spread over a fixed number of
 * clients that each send one request at a time (GET, JSON results, HTTP/1.1), the queries taken in
 * turn. Every answer is checked against the right one. It stops by itself: after the last request,
 * or at the deadline, whichever comes first; no request waits longer than the request timeout.
 */
public final class LoadClient {
    private final String sparqlUrl;
    private final int clients;
    private final Duration requestTimeout;
    private final Duration deadline;
    private final HttpClient http;

    public LoadClient(String sparqlUrl, int clients, Duration requestTimeout, Duration deadline) {
        URI uri = URI.create(sparqlUrl);
        if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost()) && !"[::1]".equals(uri.getHost()))
            throw new IllegalArgumentException("the load client only talks to loopback, not " + uri.getHost());
        this.sparqlUrl = sparqlUrl;
        this.clients = clients;
        this.requestTimeout = requestTimeout;
        this.deadline = deadline;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(2)).build();
    }

    /** What a run did: per query, the latency of each answered request; the failures with a first example. */
    public record Result(int sent, int errors, int wrong, double seconds, Map<String, long[]> latencies,
                         String firstProblem, boolean stoppedAtDeadline) {
        public double requestsPerSecond() { return sent / seconds; }

        public long[] allLatencies() {
            return latencies.values().stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        }

        /** Two runs as one: their requests, failures, times and latencies added up. */
        public Result plus(Result o) {
            Map<String, long[]> l = new LinkedHashMap<>(latencies);
            o.latencies.forEach((k, v) -> l.merge(k, v, (a, b) -> java.util.stream.LongStream
                    .concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray()));
            return new Result(sent + o.sent, errors + o.errors, wrong + o.wrong, seconds + o.seconds, l,
                    firstProblem != null ? firstProblem : o.firstProblem, stoppedAtDeadline || o.stoppedAtDeadline);
        }

        /** Latency at quantile q (0..1) in milliseconds, over all queries or one. */
        public double percentileMillis(String query, double q) {
            long[] l = query == null ? allLatencies() : latencies.get(query).clone();
            java.util.Arrays.sort(l);
            if (l.length == 0) return Double.NaN;
            return l[Math.min(l.length - 1, (int) Math.ceil(q * l.length) - 1)] / 1e6;
        }
    }

    /** Sends {@code requests} requests, cycling through {@code queries}; checks each answer against {@code expected}. */
    public Result run(List<Query> queries, Map<String, Answer> expected, int requests) throws InterruptedException {
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        for (Query q : queries) latencies.put(q.name(), java.util.Collections.synchronizedList(new ArrayList<>()));
        Map<String, String> checkedBodies = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger(), sent = new AtomicInteger(), errors = new AtomicInteger(),
                wrong = new AtomicInteger();
        AtomicReference<String> firstProblem = new AtomicReference<>();
        long stopAt = System.nanoTime() + deadline.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < stopAt) {
                    Query q = queries.get(i % queries.size());
                    sent.incrementAndGet();
                    String problem = send(q, expected.get(q.name()), checkedBodies, latencies.get(q.name()));
                    if (problem != null) {
                        (problem.startsWith("wrong answer") ? wrong : errors).incrementAndGet();
                        firstProblem.compareAndSet(null, q.name() + ": " + problem);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(deadline.toSeconds() + requestTimeout.toSeconds() + 10, TimeUnit.SECONDS);
        pool.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, long[]> out = new LinkedHashMap<>();
        latencies.forEach((k, v) -> {
            synchronized (v) {
                out.put(k, v.stream().mapToLong(Long::longValue).toArray());
            }
        });
        return new Result(sent.get(), errors.get(), wrong.get(), seconds, out, firstProblem.get(), sent.get() < requests);
    }

    /** One request; null when it was answered rightly, else what went wrong. */
    private String send(Query q, Answer expected, Map<String, String> checkedBodies, List<Long> latencies) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sparqlUrl + "?query="
                        + URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(requestTimeout).GET().build();
        long t = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        long elapsed = System.nanoTime() - t;
        if (r.statusCode() != 200) return "HTTP " + r.statusCode();
        latencies.add(elapsed);
        // A body identical to one already checked is right; any other is read and compared in full.
        if (r.body().equals(checkedBodies.get(q.name()))) return null;
        Answer got;
        try {
            got = Answer.ofJson(r.body());
        } catch (RuntimeException e) {
            return "wrong answer: unreadable results (" + e.getMessage() + ")";
        }
        if (!got.equals(expected))
            return "wrong answer: " + got.size() + " rows where " + expected.size() + " were expected";
        checkedBodies.putIfAbsent(q.name(), r.body());
        return null;
    }

    /** Stops the client's own threads. */
    public void close() {
        http.executor().ifPresent(e -> ((ExecutorService) e).shutdownNow());
    }
}
