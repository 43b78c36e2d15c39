package org.declkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.publish.DumpWriter;
import org.declkg.graph.WorldGraph;
import org.declkg.rdf.Iris;
import org.declkg.serve.DeclkgServer;
import org.declkg.serve.ServerConfig;
import org.declkg.store.DeclarationStore;

/**
 * A real TDB2 store in a temporary folder, holding the seed, served by a real declkg server on a
 * free loopback port: what the HTTP tests talk to.
 */
public final class ServedStore implements AutoCloseable {
    private final Path dir;
    private final DeclarationStore store;
    private final DeclkgServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private ServedStore(Path dir, DeclarationStore store, DeclkgServer server) {
        this.dir = dir;
        this.store = store;
        this.server = server;
    }

    /** The seed loaded into a fresh store, served with the given query timeouts. */
    public static ServedStore seed(Duration firstResult, Duration total) { return seedAnd(firstResult, total); }

    /** The seed and more declaration texts loaded into a fresh store, served with the given query timeouts. */
    public static ServedStore seedAnd(Duration firstResult, Duration total, Path... more) {
        try {
            Path dir = Files.createTempDirectory("declkg-served");
            DeclarationStore store = DeclarationStore.open(dir.resolve("tdb2"));
            KnowledgeBase kb = Fixtures.kb();
            List<org.declkg.extract.Extraction> extractions = new java.util.ArrayList<>();
            extractions.add(Fixtures.extractor().extract(Fixtures.SEED.getFileName().toString(), Fixtures.seed()));
            for (Path text : more)
                extractions.add(Fixtures.extractor().extract(text.getFileName().toString(),
                        Files.readString(text, java.nio.charset.StandardCharsets.UTF_8)));
            store.replace(extractions);
            store.replaceShared(Iris.DEFAULT, kb.ontology(), WorldGraph.build(kb, Iris.DEFAULT));
            Path dumps = dir.resolve("tdb2").resolve("dumps");
            DumpWriter.write(store.dataset(), Iris.DEFAULT, dumps, null);
            ServerConfig config = ServerConfig.defaults(Iris.DEFAULT, dumps).withPort(0).withTimeouts(firstResult, total);
            return new ServedStore(dir, store, DeclkgServer.start(store.dataset(), config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ServedStore seed() { return seed(Duration.ofSeconds(10), Duration.ofSeconds(60)); }

    public DeclarationStore store() { return store; }

    public DeclkgServer server() { return server; }

    public Path dir() { return dir; }

    public String url(String path) { return "http://127.0.0.1:" + server.port() + path; }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).GET().build());
    }

    /** A SPARQL query by GET, answered in the given result format. */
    public HttpResponse<String> query(String sparql, String accept) {
        return get("/declkg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), accept);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
