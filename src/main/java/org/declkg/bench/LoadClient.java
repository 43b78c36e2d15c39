package org.declkg.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * turn. Every answer is checked against the right one (after {@link #check} has seen each query's
 * answer whole, by its digest). It stops by itself: after the last request,
 * or at the deadline, whichever comes first; no request waits longer than the request timeout.
 */
public final class LoadClient {
    /** Per client, the most of an answer kept to check it in full; larger ones must match a checked digest. */
    private static final long KEEP_AT_MOST = 16L << 20;

    private final String sparqlUrl;
    private final int clients;
    private final Duration requestTimeout;
    private final Duration deadline;
    private final HttpClient http;
    /** Per query, digests of bodies already found right. */
    private final Map<String, Set<String>> checked = new ConcurrentHashMap<>();

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
                    String problem = send(q, expected.get(q.name()), latencies.get(q.name()), KEEP_AT_MOST);
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

    /**
     * Sends each query once, one at a time, reading and checking the whole answer however large, so that
     * the run after it can recognise right answers by their digest alone.
     */
    public Result check(List<Query> queries, Map<String, Answer> expected) {
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        int errors = 0, wrong = 0;
        String first = null;
        long start = System.nanoTime();
        for (Query q : queries) {
            latencies.put(q.name(), new ArrayList<>());
            String problem = send(q, expected.get(q.name()), latencies.get(q.name()), Long.MAX_VALUE);
            if (problem != null) {
                if (problem.startsWith("wrong answer")) wrong++;
                else errors++;
                if (first == null) first = q.name() + ": " + problem;
            }
        }
        Map<String, long[]> out = new LinkedHashMap<>();
        latencies.forEach((k, v) -> out.put(k, v.stream().mapToLong(Long::longValue).toArray()));
        return new Result(queries.size(), errors, wrong, (System.nanoTime() - start) / 1e9, out, first, false);
    }

    /**
     * One request; null when it was answered rightly, else what went wrong. The body is digested as it
     * arrives; a body whose digest was seen checked is right, any other is parsed and compared in full
     * (kept in memory for that only up to {@code keepAtMost} bytes).
     */
    private String send(Query q, Answer expected, List<Long> latencies, long keepAtMost) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sparqlUrl + "?query="
                        + URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(requestTimeout).GET().build();
        long t = System.nanoTime();
        byte[] kept;
        String digest;
        int status;
        try {
            HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = r.statusCode();
            MessageDigest md = Answer.sha256();
            ByteArrayOutputStream keep = new ByteArrayOutputStream();
            boolean whole = true;
            try (InputStream in = r.body()) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                    if (whole && keep.size() + n <= keepAtMost) keep.write(buf, 0, n);
                    else whole = false;
                }
            }
            kept = whole ? keep.toByteArray() : null;
            digest = HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        long elapsed = System.nanoTime() - t;
        if (status != 200) return "HTTP " + status;
        latencies.add(elapsed);
        Set<String> right = checked.computeIfAbsent(q.name(), k -> ConcurrentHashMap.newKeySet());
        if (right.contains(digest)) return null;
        if (kept == null) return "wrong answer: " + digest + " is not the answer checked before, and too large to check again";
        Answer got;
        try {
            got = Answer.ofJson(new ByteArrayInputStream(kept));
        } catch (RuntimeException e) {
            return "wrong answer: unreadable results (" + e.getMessage() + ")";
        }
        if (!got.equals(expected))
            return "wrong answer: " + got.size() + " rows where " + expected.size() + " were expected";
        right.add(digest);
        return null;
    }

    /** Stops the client's own threads. */
    public void close() {
        http.executor().ifPresent(e -> ((ExecutorService) e).shutdownNow());
    }
}
