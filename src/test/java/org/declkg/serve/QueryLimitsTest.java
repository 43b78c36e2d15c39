package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.declkg.ServedStore;
import org.declkg.rdf.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What one request may cost: heavy queries time out with 503 and leave the server answering, results
 * are capped (configurably), and over-long query strings or bodies are refused.
 */
class QueryLimitsTest {
    /** Every triple with every triple with every triple: some 10^11 rows over the seed. */
    private static final String CARTESIAN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String MEMBERS_OF_THE_SEED = "SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/declkg/ontology#Declaration> }";

    private static ServedStore served;

    @BeforeAll
    static void start() { served = ServedStore.seed(Duration.ofMillis(500), Duration.ofSeconds(2)); }

    @AfterAll
    static void stop() { served.close(); }

    @Test
    void aCartesianProductTimesOutWith503() {
        HttpResponse<String> r = served.query(CARTESIAN, "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
    }

    @Test
    void afterTwentyHeavyQueriesTheServerStillAnswers() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> heavy = new ArrayList<>();
            for (int i = 0; i < 20; i++)
                heavy.add(clients.submit(() -> served.query(CARTESIAN, "text/csv").statusCode()));
            for (Future<Integer> f : heavy) assertEquals(503, f.get());
        } finally {
            clients.shutdown();
        }
        HttpResponse<String> simple = served.query(MEMBERS_OF_THE_SEED, "text/csv");
        assertEquals(200, simple.statusCode());
        assertEquals("n\r\n1\r\n", simple.body());
    }

    @Test
    void resultsAreCappedAndTheResponseSaysSo() {
        ServerConfig config = ServerConfig.defaults(Iris.DEFAULT, served.dir()).withPort(0).withMaxRows(5);
        try (DeclkgServer capped = DeclkgServer.start(served.store().dataset(), config)) {
            String base = "http://127.0.0.1:" + capped.port() + "/declkg/sparql?query=";
            HttpResponse<String> all = get(base + enc("SELECT * { ?s ?p ?o }"), "text/csv");
            assertEquals(200, all.statusCode());
            assertEquals(1 + 5, all.body().lines().count(), "a header and five rows");
            assertEquals("5", all.headers().firstValue(CappedQuery.HEADER).orElse(null));

            HttpResponse<String> three = get(base + enc("SELECT * { ?s ?p ?o } LIMIT 3"), "text/csv");
            assertEquals(1 + 3, three.body().lines().count());
            assertFalse(three.headers().firstValue(CappedQuery.HEADER).isPresent(), "a smaller LIMIT is the query's own");

            HttpResponse<String> construct = get(base + enc("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), "application/n-triples");
            assertEquals(5, construct.body().lines().filter(l -> !l.isBlank()).count());

            HttpResponse<String> posted = served.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + capped.port() + "/declkg/sparql"))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("SELECT * { ?s ?p ?o }")).build());
            assertEquals(1 + 5, posted.body().lines().count(), "by POST too");

            HttpResponse<String> ask = get(base + enc("ASK { ?s ?p ?o }"), "text/csv");
            assertEquals(200, ask.statusCode());
        }
    }

    @Test
    void theDefaultCapIsAHundredThousandRows() {
        HttpResponse<String> r = served.query("SELECT * { ?s ?p ?o }", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("100000", r.headers().firstValue(CappedQuery.HEADER).orElse(null));
        assertEquals(100_000, ServerConfig.DEFAULT_MAX_ROWS);
    }

    @Test
    void anOverlongQueryStringIsRefused() throws Exception {
        int port = served.server().port();
        for (int kib : new int[] {600, 10 * 1024}) {
            String query = "/declkg/sparql?query=" + enc("ASK {} #") + "x".repeat(kib * 1024);
            int status = RawHttp.get(port, query);
            assertTrue(status == 414 || status == 431 || status == 400, kib + " KiB query string gave " + status);
        }
        assertStillAnswers();
    }

    @Test
    void anOverlongBodyIsRefused() throws Exception {
        int port = served.server().port();
        byte[] form = ("query=" + enc("ASK {} #") + "x".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
        assertEquals(413, RawHttp.status(port, RawHttp.request("POST", "/declkg/sparql", "application/x-www-form-urlencoded", form)));
        byte[] query = ("ASK {} #" + "x".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
        assertEquals(413, RawHttp.status(port, RawHttp.request("POST", "/declkg/sparql", "application/sparql-query", query)));
        byte[] chunked = ("POST /declkg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nASK {\r\n1\r\n}\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        assertEquals(411, RawHttp.status(port, chunked), "a body must say its length");
        byte[] justUnder = ("query=" + enc("ASK {}")).getBytes(StandardCharsets.US_ASCII);
        assertEquals(200, RawHttp.status(port, RawHttp.request("POST", "/declkg/sparql", "application/x-www-form-urlencoded", justUnder)));
        assertStillAnswers();
    }

    private static void assertStillAnswers() {
        HttpResponse<String> r = served.query(MEMBERS_OF_THE_SEED, "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("n\r\n1\r\n", r.body());
    }

    private static HttpResponse<String> get(String url, String accept) {
        return served.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
