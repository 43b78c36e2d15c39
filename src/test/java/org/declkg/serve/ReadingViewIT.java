package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.declkg.Jar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading view in a real browser: the packaged jar loads the seed and a declaration in Traditional
 * characters, serves them, and headless Chromium renders each declaration's page. The rendered text
 * part holds the whole text of the file, one marked span per statement span linking to the statement,
 * and as many sentences as the graph has. Screenshots go to {@code <build folder>/screenshots/}:
 * {@code reading-seed.png} and {@code reading-traditional.png} (the top of the page: summary, classes and
 * the first paragraphs), and {@code reading-seed-text.png} (the text, scrolled to the reading view).
 */
class ReadingViewIT {
    private static final Path TRADITIONAL = Path.of("src/test/resources/declarations/fictional-dushanbe-traditional.zh.txt");
    /** The text part as a reader reads it: without the class tags beside spans and the paragraph badges. */
    private static final String READABLE = "(() => { const t = document.querySelector('.reading-text').cloneNode(true);"
            + " t.querySelectorAll('sup.tags, .para-number').forEach(e => e.remove());"
            + " return t.textContent.replace(/\\s+/g, ''); })()";

    @TempDir static Path dir;
    static Path browser, shots;
    static Jar.Running server;
    static String base;

    @BeforeAll
    static void serve() throws Exception {
        Optional<Path> found = Chromium.find();
        assumeTrue(found.isPresent(), "no chromium on PATH (apt-get install chromium): browser test skipped");
        browser = found.get();
        shots = Files.createDirectories(Jar.buildDir().resolve("screenshots"));
        Jar.Run load = Jar.run(dir, Duration.ofMinutes(2), "load", "--db", "db",
                Path.of("seeds/sco-tianjin-2025.zh.txt").toAbsolutePath().toString(), TRADITIONAL.toAbsolutePath().toString());
        assertEquals(0, load.exit(), load.stderr());
        int port = Jar.freePort();
        server = Jar.start(dir, "serve", "--db", "db", "--port", Integer.toString(port));
        server.awaitLine("Example resource:", Duration.ofMinutes(1));
        base = "http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String one(String sparql, String var) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/declkg/sparql?query="
                + URLEncoder.encode("PREFIX dk: <https://w3id.org/declkg/ontology#> "
                + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                + "PREFIX prov: <http://www.w3.org/ns/prov#> " + sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        var row = rs.next();
        return row.get(var).isLiteral() ? row.getLiteral(var).getLexicalForm() : row.getResource(var).getURI();
    }

    private static void checkPage(String file, String shot) throws Exception {
        String declaration = one("SELECT ?d WHERE { GRAPH ?d { ?d prov:wasGeneratedBy ?run . ?run prov:used ?f . ?f dk:fileName \""
                + file + "\" } }", "d");
        String path = "/id/" + declaration.substring("https://w3id.org/declkg/id/".length());
        String dom = Chromium.dumpDom(browser, base + path, shots.resolve(shot + ".png"));
        assertTrue(dom.contains("<section class=\"reading\" id=\"reading\">"), dom);
        long sentences = Long.parseLong(one("SELECT (COUNT(?s) AS ?n) WHERE { GRAPH <" + declaration + "> { ?s a nif:Sentence } }", "n"));
        long spans = Long.parseLong(one("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH <" + declaration + "> {"
                + " ?a dk:declaration ?d ; prov:wasDerivedFrom ?s } }", "n"));
        long acts = Long.parseLong(one("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH <" + declaration + "> { ?a a dk:Act } }", "n"));
        assertEquals(sentences, count(dom, "<span class=\"sentence "), "every sentence of the graph");
        assertTrue(count(dom, "<a class=\"span\" ") >= spans, "every statement span marked");
        assertEquals(acts, count(dom, "<a class=\"tag\" "), "one tag per statement, beside its span");
        assertTrue(dom.contains("<span class=\"statements\">" + acts + "</span> statements"));
        String text = one("SELECT ?t WHERE { GRAPH <" + declaration + "> { ?c a nif:Context ; nif:isString ?t } }", "t");
        try (Chromium chromium = Chromium.open(browser)) {
            chromium.navigate(base + path + "#reading");
            chromium.await("document.querySelector('.reading-text')", Duration.ofSeconds(30));
            assertEquals(text.replaceAll("\\s+", ""), chromium.eval(READABLE), "the whole text as given, as rendered");
            String colour = chromium.eval("getComputedStyle(document.querySelector('.reading-text a.span')).backgroundColor");
            assertTrue(colour.startsWith("rgb") && !colour.equals("rgba(0, 0, 0, 0)"), "spans are coloured: " + colour);
            if (shot.equals("reading-seed")) chromium.screenshot(shots.resolve("reading-seed-text.png"));
        }
    }

    private static long count(String text, String what) {
        long n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) n++;
        return n;
    }

    @Test
    void theSeedReadsWithItsStatementsMarked() throws Exception {
        checkPage("sco-tianjin-2025.zh.txt", "reading-seed");
    }

    @Test
    void aTraditionalTextReadsInItsOwnCharacters() throws Exception {
        checkPage(TRADITIONAL.getFileName().toString(), "reading-traditional");
    }
}
