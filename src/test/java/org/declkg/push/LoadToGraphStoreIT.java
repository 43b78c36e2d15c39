package org.declkg.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.declkg.Fixtures;
import org.declkg.bench.ServerProcess;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.graph.WorldGraph;
import org.declkg.rdf.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load --to URL} against stock Fuseki ({@code jena-fuseki-server}, as packaged beside declkg.jar)
 * started on a free loopback port: graphs arrive whole, pushing twice changes nothing, a bad file pushes
 * nothing, and credentials are answered (Digest) or refused with one line.
 */
class LoadToGraphStoreIT {
    private static final Path JAR = Path.of(System.getProperty("declkg.jar", "target/declkg.jar"));
    private static final Path FUSEKI = JAR.toAbsolutePath().getParent().resolve("fuseki").resolve("jena-fuseki-server.jar");
    private static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    private static final String QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir static Path dir;
    private static ServerProcess open, guarded;
    private static Path seed, other, empty;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(dir.resolve("passwd"), "alice: s3cret\n");
        open = ServerProcess.fuseki(FUSEKI, "512m", dir.resolve("open"), List.of("--mem", "--update", "/ds"));
        guarded = ServerProcess.fuseki(FUSEKI, "512m", dir.resolve("guarded"),
                List.of("--passwd", dir.resolve("passwd").toString(), "--auth=digest", "--mem", "--update", "/ds"));
        seed = Files.writeString(dir.resolve("seed.zh.txt"), Fixtures.seed());
        other = Files.writeString(dir.resolve("other.zh.txt"), Fixtures.TITLE + "2031年5月6日\n成员国谴责一切形式的恐怖主义。\n");
        empty = Files.writeString(dir.resolve("empty.txt"), "");
    }

    @AfterAll
    static void stop() {
        if (open != null) open.close();
        if (guarded != null) guarded.close();
    }

    @Test
    void pushTwiceSameTriplesAndABadFilePushesNothing() throws Exception {
        String gsp = open.baseUrl() + "/ds/data";
        Run first = load(Map.of(), "load", "--to", gsp, seed.toString(), empty.toString(), other.toString());
        assertEquals(1, first.status, first.stderr);
        List<String> aboutEmpty = first.stderr.lines().filter(l -> l.contains(empty.toString())).toList();
        assertEquals(List.of("declkg: " + empty + ": is empty"), aboutEmpty);
        long quads = count(open, QUADS);
        assertEquals(expectedQuads(), quads, "the two declarations and the shared graphs, whole");
        assertEquals(4, count(open, GRAPHS), "two declarations, the ontology, the world: nothing for the empty file");

        Run again = load(Map.of(), "load", "--to", gsp, seed.toString(), other.toString());
        assertEquals(0, again.status, again.stderr);
        assertEquals(quads, count(open, QUADS), "PUT replaces: pushing again changes nothing");
        assertEquals(4, count(open, GRAPHS));
    }

    @Test
    void digestCredentialsFromTheEnvironment() throws Exception {
        String gsp = guarded.baseUrl() + "/ds/data";
        Run refused = load(Map.of("DECLKG_PASSWORD", "wrong"), "load", "--to", gsp, "--user", "alice", seed.toString());
        assertNotEquals(0, refused.status);
        List<String> lines = refused.stderr.lines().filter(l -> l.startsWith("declkg:")).toList();
        assertEquals(1, lines.size(), refused.stderr);
        assertTrue(lines.get(0).contains("401"), lines.get(0));

        Run missing = load(Map.of(), "load", "--to", gsp, "--user", "alice", seed.toString());
        assertEquals(2, missing.status, missing.stderr);
        assertTrue(missing.stderr.contains("DECLKG_PASSWORD"), missing.stderr);

        Run accepted = load(Map.of("DECLKG_PASSWORD", "s3cret"), "load", "--to", gsp, "--user", "alice", seed.toString());
        assertEquals(0, accepted.status, accepted.stderr);
    }

    @Test
    void anUnreachableEndpointIsOneLine() throws Exception {
        int port = org.declkg.bench.Children.freePort();
        Run r = load(Map.of(), "load", "--to", "http://127.0.0.1:" + port + "/ds/data", seed.toString());
        assertEquals(3, r.status, r.stderr);
        assertEquals(List.of("declkg: http://127.0.0.1:" + port + "/ds/data: cannot be reached (connection refused)"),
                r.stderr.lines().filter(l -> l.startsWith("declkg:")).toList());
    }

    /** What extracting the two texts in-process gives, plus the shared graphs, counted as the server counts. */
    private static long expectedQuads() {
        KnowledgeBase kb = Fixtures.kb();
        return Fixtures.extractor().extract(seed.getFileName().toString(), Fixtures.seed()).graph().size()
                + Fixtures.extractor().extract(other.getFileName().toString(), read(other)).graph().size()
                + kb.ontology().size() + WorldGraph.build(kb, Iris.DEFAULT).size();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Run(int status, String stderr) {}

    private static Run load(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("DECLKG_PASSWORD");
        pb.environment().putAll(env);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) p.destroyForcibly();
        return new Run(p.exitValue(), err);
    }

    private static long count(ServerProcess server, String query) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/ds/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build();
        HttpResponse<String> resp = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp.body());
        return Long.parseLong(resp.body().lines().skip(1).findFirst().orElseThrow().strip());
    }
}
