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
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.declkg.Jar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages in a real browser: the packaged jar loads the seed and serves it on a free loopback port;
 * headless Chromium renders the landing page, a declaration, a state, the organisation and the
 * query page (with its prefixes, an example and its results), whose DOM must hold the expected
 * statements and members. Screenshots go to
 * {@code <build folder>/screenshots/}. Skipped when no Chromium is on PATH.
 */
class BrowserIT {
    static final List<String> MEMBERS = List.of("中华人民共和国", "俄罗斯联邦", "哈萨克斯坦共和国", "吉尔吉斯共和国", "塔吉克斯坦共和国",
            "乌兹别克斯坦共和国", "印度共和国", "巴基斯坦伊斯兰共和国", "伊朗伊斯兰共和国", "白俄罗斯共和国");

    @TempDir static Path dir;
    static Path browser, shots;
    static Jar.Running server;
    static String base, declaration;

    @BeforeAll
    static void serveTheSeed() throws Exception {
        Optional<Path> found = Chromium.find();
        assumeTrue(found.isPresent(), "no chromium on PATH (apt-get install chromium): browser test skipped");
        browser = found.get();
        shots = Files.createDirectories(Jar.buildDir().resolve("screenshots"));
        Path seed = Path.of("seeds/sco-tianjin-2025.zh.txt").toAbsolutePath();
        Jar.Run load = Jar.run(dir, Duration.ofMinutes(2), "load", "--db", "db", seed.toString());
        assertEquals(0, load.exit(), load.stderr());
        int port = Jar.freePort();
        server = Jar.start(dir, "serve", "--db", "db", "--port", Integer.toString(port));
        String example = server.awaitLine("Example resource:", Duration.ofMinutes(1));
        base = "http://127.0.0.1:" + port;
        declaration = example.substring(example.indexOf(base) + base.length());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String render(String path, String name) {
        return Chromium.dumpDom(browser, base + path, shots.resolve(name + ".png"));
    }

    private static long count(String sparql) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/declkg/sparql?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        return rs.next().getLiteral("n").getLong();
    }

    private static int occurrences(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void theLandingPageCountsAndLinks() throws Exception {
        String dom = render("/home", "landing");
        long acts = count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/declkg/ontology#Act> }");
        assertTrue(dom.contains("<strong>" + acts + "</strong> statements"), dom);
        assertTrue(dom.contains(">上海合作组织成员国元首理事会天津宣言</a>"));
        assertTrue(dom.contains("href=\"/home?query=members\""));
        assertTrue(dom.contains("href=\"/dumps/\""));
        String members = render("/home?query=members", "landing-members-query");
        assertEquals(10, occurrences(members, ">https://w3id.org/declkg/id/organisation/sco</a>"), "the ten members of the organisation");
    }

    @Test
    void theDeclarationPageShowsEveryStatementWithItsSentence() throws Exception {
        String dom = render(declaration, "declaration");
        long acts = count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/declkg/ontology#Act> }");
        assertEquals(acts, occurrences(dom, "<div class=\"act\""), "one box per statement");
        assertEquals(acts, occurrences(dom, "<mark>"));
        assertTrue(dom.contains("<h1>上海合作组织成员国元首理事会天津宣言</h1>"));
        assertTrue(dom.contains("2025-09-01"));
        assertTrue(dom.contains("帕哈尔加姆"), "the attack of 2025-04-22 is condemned");
        assertTrue(dom.contains("data-class=\"Condemnation\"") && dom.contains("data-class=\"Signing\""));
    }

    @Test
    void theStatePageShowsMembershipAndStatements() {
        String dom = render("/id/state/india", "state-india");
        assertTrue(dom.contains("<h1>印度共和国</h1>"));
        assertTrue(dom.contains("2017-06-09"));
        assertTrue(dom.contains("Wikidata Q668"));
        assertTrue(occurrences(dom, "<div class=\"act\"") > 50, "the statements India makes as a member state");
    }

    @Test
    void theOrganisationPageListsItsTenMembers() {
        String dom = render("/id/organisation/sco", "organisation");
        for (String m : MEMBERS) assertTrue(dom.contains(">" + m + "</a></td><td>成员国</td>"), m);
    }

    @Test
    void theQueryPageOpensWithTheDeclkgPrefixesAndAnExampleAndItsResults() throws Exception {
        try (Chromium chromium = Chromium.open(browser)) {
            chromium.navigate(base + "/");
            chromium.await("document.querySelector('.CodeMirror') && document.querySelector('.yasr table.dataTable tbody tr')",
                    Duration.ofSeconds(60));
            String editor = chromium.eval("document.querySelector('.CodeMirror').CodeMirror.getValue()");
            for (String prefix : List.of("dk", "dkid", "org", "schema", "dcterms", "prov", "nif", "owl", "wd"))
                assertTrue(editor.contains("PREFIX " + prefix + ":"), prefix + " in\n" + editor);
            assertEquals("members", chromium.eval("document.getElementById('examples').value"), "an example is selected");
            assertTrue(editor.contains("org:hasMember"), "the selected example is in the editor");
            chromium.await("document.querySelectorAll('.yasr table.dataTable tbody tr').length == 10", Duration.ofSeconds(30));
            String results = chromium.eval("document.querySelector('.yasr').innerText");
            for (String m : MEMBERS) assertTrue(results.contains(m), m + " in " + results);
            String links = chromium.eval("Array.from(document.querySelectorAll('.yasr a')).map(a => a.getAttribute('href')).join(' ')");
            assertTrue(links.contains("/id/state/china"), "data IRIs open their pages here: " + links);
            assertEquals("0", chromium.eval("Array.from(document.querySelectorAll('button, a')).filter(e => "
                    + "/upload|add data|edit|manage|delete|update/i.test(e.innerText)).length + ''"),
                    "no button for what the server refuses");
            chromium.screenshot(shots.resolve("query-page.png"));

            chromium.eval("(function(){var s=document.getElementById('examples'); s.value='signed'; "
                    + "s.dispatchEvent(new Event('change'));})()");
            chromium.await("document.querySelector('.yasr').innerText.includes('禁毒中心的协定')", Duration.ofSeconds(30));
            assertTrue(chromium.eval("document.querySelector('.CodeMirror').CodeMirror.getValue()").contains("dk:signs"));
            chromium.screenshot(shots.resolve("query-page-signed.png"));
        }
    }
}
