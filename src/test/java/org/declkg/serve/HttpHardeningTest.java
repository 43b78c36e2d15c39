package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.declkg.ServedStore;
import org.declkg.Snapshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP layer against a real server over the seed: compressed bodies are counted inflated, the
 * stylesheet parameter is never reflected, every answer carries the browser-protection headers, CORS
 * allows reading from anywhere and nothing else, and admin paths are matched however they are spelt.
 */
class HttpHardeningTest {
    private static ServedStore served;

    @BeforeAll
    static void start() { served = ServedStore.seed(); }

    @AfterAll
    static void stop() { served.close(); }

    private static int port() { return served.server().port(); }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) { z.write(plain); }
        return b.toByteArray();
    }

    private static byte[] deflate(byte[] plain) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(b)) { z.write(plain); }
        return b.toByteArray();
    }

    private static byte[] encoded(String encoding, String contentType, byte[] body) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("POST /declkg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAccept: text/csv\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Encoding: " + encoding + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes(body);
        return b.toByteArray();
    }

    @Test
    void aCompressedBodyIsCountedInflated() throws Exception {
        byte[] bomb = gzip(("ASK {} #" + "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII));
        assertTrue(bomb.length < 10_000, "two mebibytes inflate from " + bomb.length + " bytes");
        assertEquals(413, RawHttp.status(port(), encoded("gzip", "application/sparql-query", bomb)));
        byte[] ask = "ASK {}".getBytes(StandardCharsets.US_ASCII);
        assertEquals(200, RawHttp.status(port(), encoded("gzip", "application/sparql-query", gzip(ask))));
        assertEquals(200, RawHttp.status(port(), encoded("deflate", "application/sparql-query", deflate(ask))));
        assertEquals(415, RawHttp.status(port(), encoded("br", "application/sparql-query", ask)));
        assertEquals(415, RawHttp.status(port(), encoded("gzip", "application/x-www-form-urlencoded",
                gzip(("query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII)))));
        assertEquals(400, RawHttp.status(port(), encoded("gzip", "application/sparql-query", ask)), "not gzip at all");
    }

    @Test
    void theStylesheetParameterIsNeverReflected() {
        String payload = "\"?><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script><?a ";
        HttpResponse<String> r = served.get("/declkg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)
                + "&output=xml&stylesheet=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), "*/*");
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("xml-stylesheet"), r.body());
        assertFalse(r.body().contains("script"), r.body());
        HttpResponse<String> posted = served.send(HttpRequest.newBuilder(URI.create(served.url("/declkg/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+xml")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)
                        + "&stylesheet=" + URLEncoder.encode(payload, StandardCharsets.UTF_8))).build());
        assertEquals(200, posted.statusCode());
        assertFalse(posted.body().contains("script"), posted.body());
    }

    @Test
    void everyAnswerCarriesTheBrowserProtectionHeaders() {
        for (String path : new String[] {"/home", "/id/organisation/sco", "/declkg/sparql?query=ASK%7B%7D", "/", "/nowhere"}) {
            HttpResponse<String> r = served.get(path, "text/html");
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
        }
        assertEquals(SecurityHeaders.PAGES_POLICY,
                served.get("/id/organisation/sco", "text/html").headers().firstValue("Content-Security-Policy").orElse(null));
        assertEquals(SecurityHeaders.QUERY_PAGE_POLICY, served.get("/", "text/html").headers().firstValue("Content-Security-Policy").orElse(null));
    }

    @Test
    void crossOriginReadsAreAllowedAndWritesAreNot() throws Exception {
        for (String path : new String[] {"/declkg/sparql?query=ASK%7B%7D", "/id/organisation/sco", "/declkg/get?default"}) {
            HttpResponse<String> r = served.send(HttpRequest.newBuilder(URI.create(served.url(path)))
                    .header("Origin", "https://elsewhere.example").header("Accept", "text/turtle, application/sparql-results+json").GET().build());
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
            assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent(), path);
        }
        HttpResponse<String> preflight = served.send(HttpRequest.newBuilder(URI.create(served.url("/declkg/sparql")))
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, preflight.statusCode());
        assertEquals(Cors.METHODS, preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(null));
        HttpResponse<String> put = served.send(HttpRequest.newBuilder(URI.create(served.url("/declkg/get?default")))
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "PUT")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertFalse(put.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PUT"));
        assertFalse(served.get("/$/ping", "*/*").headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                "admin paths are for this origin only");
    }

    @Test
    void adminPathsAreMatchedAfterDecoding() throws Exception {
        Set<String> before = quads();
        for (String path : new String[] {"/%24/stats", "/%24/stats/declkg", "/$;x/stats", "/%24/compact/declkg", "/$;a=b/server"}) {
            int status = RawHttp.status(port(), RawHttp.request("POST", path, "application/x-www-form-urlencoded", new byte[0]));
            assertEquals(405, status, path);
        }
        assertEquals(200, RawHttp.status(port(), RawHttp.request("POST", "/%24/ping", "text/plain", new byte[0])));
        assertEquals(before, quads());
    }

    private static Set<String> quads() {
        Set<String> out = new TreeSet<>();
        Snapshots.of(served.store().dataset()).asDatasetGraph().find().forEachRemaining(q -> out.add(q.toString()));
        return out;
    }
}
