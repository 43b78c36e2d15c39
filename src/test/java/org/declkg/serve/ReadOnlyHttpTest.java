package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;
import org.declkg.Snapshots;
import org.declkg.ServedStore;
import org.declkg.rdf.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way HTTP could write, and every way a path could climb out of its folder, against a real
 * server over the seed: each is refused with a 4xx and the store holds exactly what it held.
 */
class ReadOnlyHttpTest {
    private static final String INSERT = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> <https://example.org/b> \"x\" } }";
    private static final String DROP = "DROP ALL";
    private static final String TURTLE = "<https://example.org/a> <https://example.org/b> \"x\" .";

    private static ServedStore served;
    private static Set<String> before;

    @BeforeAll
    static void start() {
        served = ServedStore.seed();
        before = quads();
    }

    @AfterAll
    static void stop() { served.close(); }

    private static Set<String> quads() {
        Set<String> out = new java.util.TreeSet<>();
        Snapshots.of(served.store().dataset()).asDatasetGraph().find().forEachRemaining(q -> out.add(q.toString()));
        return out;
    }

    record Attempt(String method, String path, String contentType, String body) {
        @Override
        public String toString() { return method + " " + path + (contentType == null ? "" : " (" + contentType + ")"); }
    }

    static Stream<Attempt> writes() {
        String form = "application/x-www-form-urlencoded";
        String update = "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8);
        Stream.Builder<Attempt> b = Stream.builder();
        for (String path : new String[] {"/declkg/sparql", "/declkg", "/declkg/update", "/declkg/query"}) {
            b.add(new Attempt("POST", path, "application/sparql-update", INSERT));
            b.add(new Attempt("POST", path, "application/sparql-update", DROP));
            b.add(new Attempt("POST", path, form, update));
            b.add(new Attempt("POST", path, form, "update=" + URLEncoder.encode(DROP, StandardCharsets.UTF_8)));
        }
        b.add(new Attempt("GET", "/declkg/update?" + update, null, null));
        b.add(new Attempt("GET", "/declkg?" + update, null, null));
        b.add(new Attempt("GET", "/declkg/sparql?" + update, null, null));
        for (String path : new String[] {"/declkg/get", "/declkg/data", "/declkg"})
            for (String method : new String[] {"PUT", "POST", "DELETE", "PATCH"})
                for (String target : new String[] {"?default", "?graph=" + URLEncoder.encode("https://example.org/g", StandardCharsets.UTF_8)})
                    b.add(new Attempt(method, path + target, method.equals("PATCH") ? "application/rdf-patch" : "text/turtle",
                            method.equals("DELETE") ? null : TURTLE));
        for (String path : new String[] {"/$/datasets?dbName=x&dbType=mem", "/$/datasets/declkg", "/$/compact/declkg",
                "/$/backup/declkg", "/$/backups/declkg", "/$/reload", "/$/server", "/$/tasks", "/$/stats/declkg",
                "/$/metrics", "/$/sleep", "/$/logs"})
            b.add(new Attempt("POST", path, "application/x-www-form-urlencoded", ""));
        b.add(new Attempt("DELETE", "/$/datasets/declkg", null, null));
        b.add(new Attempt("PUT", "/$/datasets/declkg", "text/turtle", TURTLE));
        b.add(new Attempt("PUT", "/id/declaration/x", "text/turtle", TURTLE));
        b.add(new Attempt("PUT", "/dumps/all.ttl.gz", "text/turtle", TURTLE));
        b.add(new Attempt("DELETE", "/dumps/all.ttl.gz", null, null));
        b.add(new Attempt("POST", "/dumps/all.ttl.gz", "text/turtle", TURTLE));
        return b.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void aWriteIsRefusedAndChangesNothing(Attempt a) {
        HttpRequest.BodyPublisher body = a.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(a.body());
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(served.url(a.path()))).method(a.method(), body);
        if (a.contentType() != null) r.header("Content-Type", a.contentType());
        HttpResponse<String> response = served.send(r.build());
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, a + " gave " + response.statusCode());
        assertEquals(before, quads(), a + " changed the store");
    }

    @Test
    void sparqlUpdateIsForbiddenHoweverItComes() {
        HttpResponse<String> body = served.send(HttpRequest.newBuilder(URI.create(served.url("/declkg/sparql")))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(INSERT)).build());
        HttpResponse<String> form = served.send(HttpRequest.newBuilder(URI.create(served.url("/declkg")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8))).build());
        HttpResponse<String> get = served.get("/declkg/sparql?update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8), "*/*");
        for (HttpResponse<String> r : java.util.List.of(body, form, get)) {
            assertEquals(403, r.statusCode());
            assertTrue(r.body().contains("read-only server: no SPARQL Update"), r.body());
        }
        assertEquals(before, quads());
    }

    static Stream<String> climbs() {
        return Stream.of("/dumps/../", "/dumps/../dumps/all.ttl.gz", "/dumps/%2e%2e/", "/dumps/%2E%2E/%2e%2e/etc/passwd",
                "/dumps/..%2fdumps.tsv", "/dumps/.%2e/", "/dumps/./all.ttl.gz", "/dumps/..\\..\\", "/dumps/..%5c..%5c",
                "/id/..%2f..", "/id/..%2f..%2fetc%2fpasswd", "/id/../../etc/passwd", "/id/declaration/../../$/server",
                "/static/../", "/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..;/x",
                "/declkg/../$/server", "/%2e%2e/%2e%2e/etc/passwd");
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("climbs")
    void aPathThatClimbsOutOfItsFolderIsRefused(String rawPath) throws Exception {
        int status = RawHttp.get(served.server().port(), rawPath);
        assertTrue(status >= 400 && status < 500, rawPath + " gave " + status);
    }

    @Test
    void theSamePathsWithoutClimbingAreServed() throws Exception {
        assertEquals(200, RawHttp.get(served.server().port(), "/dumps/"));
        assertEquals(200, RawHttp.get(served.server().port(), "/$/ping"));
        assertEquals(200, RawHttp.get(served.server().port(), "/declkg/sparql?query=ASK%7B%7D"));
    }

    @Test
    void theServerListensOnLoopbackByDefault() {
        assertEquals("127.0.0.1", served.server().boundHost());
        assertEquals("127.0.0.1", org.declkg.serve.ServerConfig.defaults(Iris.DEFAULT, null).host());
    }
}
