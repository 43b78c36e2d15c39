package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.declkg.Jar;
import org.declkg.Fixtures;
import org.declkg.Snapshots;
import org.declkg.TdbFolder;
import org.declkg.extract.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} and {@code load} as two processes on one database folder: the load hands its graphs
 * to the server through the folder, the server applies them while it goes on answering queries, and
 * HTTP stays read-only. The server also binds only the loopback address when not told otherwise.
 */
class ConcurrentLoadIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir Path dir;

    private static String variant(String date) {
        return Fixtures.seed().replaceFirst("2025年9月1日", date);
    }

    @Test
    void serveAppliesWhatLoadHandsOverWhileAnsweringQueries() throws Exception {
        Path db = dir.resolve("db");
        Jar.Run seed = Jar.run("load", "--db", db.toString(), Files.writeString(dir.resolve("seed.txt"), Fixtures.seed()).toString());
        assertEquals(0, seed.exit(), seed.stderr());

        Path out = dir.resolve("serve.out");
        Process serve = Jar.builder(List.of(), "serve", "--db", db.toString(), "--port", "0")
                .redirectOutput(out.toFile()).redirectError(dir.resolve("serve.err").toFile()).start();
        try {
            String base = waitForUrl(serve, out);
            assertTrue(base.startsWith("http://127.0.0.1:"), "binds the loopback address by default: " + base);
            assertLoopbackOnly(URI.create(base).getPort());

            long before = count(base, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
            List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean loading = new AtomicBoolean(true);
            Thread reader = new Thread(() -> { // queries keep coming while the loads run
                while (loading.get()) {
                    answers.add(get(base + "/declkg/sparql?query=" + enc("ASK { ?s ?p ?o }"), "text/csv").statusCode());
                    sleep(100);
                }
            });
            reader.start();

            Path v1 = Files.writeString(dir.resolve("v1.txt"), variant("2024年7月4日"));
            Jar.Run load = Jar.run("load", "--db", db.toString(), v1.toString());
            assertEquals(0, load.exit(), load.stderr());
            assertTrue(load.stderrLines().get(load.stderrLines().size() - 1).endsWith(
                    "applied by the server running on this store (process " + serve.pid() + ")"), load.stderr());
            Extraction clean1 = Fixtures.extractor().extract("v1.txt", variant("2024年7月4日"));
            assertTrue(Snapshots.withoutRunTimes(clean1.graph()).isIsomorphicWith(
                    Snapshots.withoutRunTimes(graph(base, clean1.declarationIri()))), "the server has the whole graph");
            assertEquals(2, count(base, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g a <https://w3id.org/declkg/ontology#Declaration> } }"));
            try (Stream<Path> left = Files.list(db.resolve("incoming"))) {
                assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".trig")).toList(), "nothing left to apply");
            }
            long withV1 = count(base, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
            assertTrue(withV1 > before);

            // A bad file: one line, nothing handed over, nothing changed.
            Path empty = Files.writeString(dir.resolve("empty.txt"), "");
            Jar.Run bad = Jar.run("load", "--db", db.toString(), empty.toString());
            assertEquals(1, bad.exit());
            assertEquals(List.of("declkg: " + empty + ": is empty"), bad.stderrLines());
            assertEquals(withV1, count(base, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));

            // A changed version of the same declaration (same title and date) replaces its graph.
            String changed = dropFirstParagraphWith(variant("2024年7月4日"), "谴责");
            Path v2 = Files.writeString(dir.resolve("v2.txt"), changed);
            Jar.Run reload = Jar.run("load", "--db", db.toString(), v2.toString());
            assertEquals(0, reload.exit(), reload.stderr());
            Extraction clean2 = Fixtures.extractor().extract("v2.txt", changed);
            assertEquals(clean1.declarationIri(), clean2.declarationIri());
            Model served = Snapshots.withoutRunTimes(graph(base, clean2.declarationIri()));
            assertTrue(Snapshots.withoutRunTimes(clean2.graph()).isIsomorphicWith(served));
            assertFalse(Snapshots.withoutRunTimes(clean1.graph()).isIsomorphicWith(served));

            loading.set(false);
            reader.join();
            assertFalse(answers.isEmpty());
            assertEquals(List.of(200), answers.stream().distinct().toList(), "every query during the loads was answered");

            HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/declkg/sparql"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, update.statusCode(), "HTTP stays read-only");

            // The dumps follow, written by the server after it applied the loads.
            long deadline = System.nanoTime() + 120_000_000_000L;
            Path index = db.resolve("dumps").resolve("dumps.tsv");
            String key = clean2.declarationIri().substring(clean2.declarationIri().lastIndexOf('/') + 1);
            while (!(Files.exists(index) && Files.readString(index).contains(key))) {
                if (System.nanoTime() > deadline) fail("the dumps do not list " + key);
                Thread.sleep(200);
            }
        } finally {
            serve.destroy(); // SIGTERM: the shutdown hook closes the server, the watcher and the store
            serve.waitFor();
        }
        assertFalse(Files.exists(db.resolve("incoming").resolve("server.pid")), "the server withdrew");
        long declarations = TdbFolder.read(db, ds -> {
            long n = 0;
            for (var it = ds.listModelNames(); it.hasNext(); ) if (it.next().getURI().contains("/declaration/")) n++;
            return n;
        });
        assertEquals(2, declarations, "what the server applied is in the store after it stopped");
    }

    private static String waitForUrl(Process serve, Path out) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) fail("serve ended: " + Files.readString(out));
            if (Files.exists(out))
                for (String line : Files.readAllLines(out))
                    if (line.contains("SPARQL endpoint:"))
                        return line.substring(line.indexOf("http://")).replace("/declkg/sparql", "").strip();
            Thread.sleep(100);
        }
        fail("serve printed no URL");
        return null;
    }

    /** Every non-loopback IPv4 address of this machine refuses the port. */
    private static void assertLoopbackOnly(int port) throws IOException {
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces()))
            if (nic.isUp() && !nic.isLoopback())
                for (InetAddress a : Collections.list(nic.getInetAddresses())) if (a instanceof Inet4Address) others.add(a);
        System.out.println("other addresses of this machine, which must refuse port " + port + ": " + others);
        for (InetAddress a : others) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(a, port), 2000);
                fail("the server answers on " + a.getHostAddress());
            } catch (ConnectException refused) {
                // as it should
            }
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000); // and loopback does answer
        }
    }

    private static long count(String base, String query) {
        HttpResponse<String> r = get(base + "/declkg/sparql?query=" + enc(query), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static Model graph(String base, String name) {
        HttpResponse<String> r = get(base + "/declkg/get?graph=" + enc(name), "application/n-triples");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), Lang.NTRIPLES);
        return m;
    }

    private static HttpResponse<String> get(String url, String accept) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dropFirstParagraphWith(String text, String word) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        String gone = lines.stream().filter(l -> l.contains(word)).findFirst().orElse(null);
        assertNotNull(gone);
        lines.remove(gone);
        return String.join("\n", lines) + "\n";
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
