package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.declkg.ServedStore;
import org.declkg.rdf.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example queries (src/main/resources/declkg/queries, shown on /home and in the README) run
 * against the seed on a real server and give the rows a reader of the declaration expects.
 */
class ExampleQueriesTest {
    static final Path QUERIES = Path.of("src/main/resources/declkg/queries");
    static ServedStore served;

    @BeforeAll
    static void start() { served = ServedStore.seed(); }

    @AfterAll
    static void stop() { served.close(); }

    /** The rows of a packaged query, each as variable → lexical form or IRI. */
    static List<Map<String, String>> run(String name) {
        var r = served.query(LandingServlet.query(name), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), name + ": " + r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution q = rs.next();
            Map<String, String> row = new HashMap<>();
            q.varNames().forEachRemaining(v -> {
                RDFNode n = q.get(v);
                row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            });
            rows.add(row);
        }
        return rows;
    }

    static boolean hasRow(List<Map<String, String>> rows, Map<String, String> expected) {
        return rows.stream().anyMatch(r -> expected.entrySet().stream().allMatch(e -> e.getValue().equals(r.get(e.getKey()))));
    }

    @Test
    void membersWithTheirWikidataEntities() {
        List<Map<String, String>> sco = run("members").stream()
                .filter(r -> r.get("organisation").equals(Iris.of("organisation", "sco"))).toList();
        assertEquals(10, sco.size());
        assertEquals(SparqlEndpointTest.MEMBER_KEYS.stream().map(k -> Iris.of("state", k)).collect(java.util.stream.Collectors.toSet()),
                sco.stream().map(r -> r.get("state")).collect(java.util.stream.Collectors.toSet()));
        assertTrue(sco.stream().allMatch(r -> r.get("wikidata") != null && r.get("wikidata").startsWith("http://www.wikidata.org/entity/Q")));
        assertTrue(hasRow(sco, Map.of("name", "中华人民共和国", "wikidata", "http://www.wikidata.org/entity/Q148")));
        assertTrue(hasRow(sco, Map.of("name", "印度共和国", "wikidata", "http://www.wikidata.org/entity/Q668")));
    }

    @Test
    void whatWasCondemnedWithDatesAndPlaces() {
        List<Map<String, String>> rows = run("condemned");
        assertTrue(has(rows, "帕哈尔加姆", "2025-04-22", "帕哈尔加姆"), rows.toString());
        assertTrue(has(rows, "贾法尔快车", "2025-03-11", null), rows.toString());
        assertTrue(has(rows, "胡兹达尔", "2025-05-21", "胡兹达尔"), rows.toString());
        assertTrue(has(rows, "伊朗", "2025-06", null), "a month only: xsd:gYearMonth " + rows);
        assertEquals(rows.size(), rows.stream().map(r -> r.get("what")).distinct().count(), "one row per thing condemned");
    }

    /** A row whose label contains {@code word}, with that start date and (when given) that place. */
    private static boolean has(List<Map<String, String>> rows, String word, String start, String place) {
        return rows.stream().anyMatch(r -> r.get("what").contains(word) && start.equals(r.get("start"))
                && (place == null || place.equals(r.get("place"))));
    }

    @Test
    void whatWasSigned() {
        List<Map<String, String>> rows = run("signed");
        Set<String> titles = new TreeSet<>();
        for (Map<String, String> r : rows) {
            titles.add(r.get("title"));
            assertEquals(Iris.of("document-type", "agreement"), r.get("type"));
        }
        assertEquals(Set.of("上合组织成员国关于应对安全威胁与挑战综合中心的协定", "上合组织成员国关于上合组织禁毒中心的协定"), titles);
    }

    @Test
    void whoSupportsWhat() {
        List<Map<String, String>> rows = run("supporters");
        List<Map<String, String>> bri = rows.stream()
                .filter(r -> r.get("what").contains("一带一路") && r.get("kind").equals("Initiative")).toList();
        Set<String> supporters = new TreeSet<>();
        for (Map<String, String> r : bri) {
            supporters.add(r.get("supporter"));
            assertEquals("中华人民共和国", r.get("proposer"), "proposed by China");
        }
        assertEquals(Set.of("俄罗斯联邦", "哈萨克斯坦共和国", "吉尔吉斯共和国", "塔吉克斯坦共和国", "乌兹别克斯坦共和国",
                "巴基斯坦伊斯兰共和国", "伊朗伊斯兰共和国", "白俄罗斯共和国"), supporters,
                "the text names the states that support it; India is not among them");
        assertTrue(rows.stream().anyMatch(r -> r.get("supporter").equals("上海合作组织成员国")), "the member states together");
    }

    @Test
    void everythingOneStateStated() {
        List<Map<String, String>> rows = run("state-acts");
        assertTrue(rows.stream().anyMatch(r -> r.get("class").equals("https://w3id.org/declkg/ontology#Condemnation")
                && r.get("object").contains("帕哈尔加姆")));
        assertTrue(rows.size() > 50, "as a member state it states nearly everything: " + rows.size());
    }

    @Test
    void theWikidataJoinKey() {
        Set<String> qids = new TreeSet<>();
        for (Map<String, String> r : run("wikidata-join"))
            if (SparqlEndpointTest.MEMBER_KEYS.contains(r.get("state").substring(Iris.of("state", "").length()))) qids.add(r.get("qid"));
        assertEquals(Set.of("Q148", "Q159", "Q232", "Q813", "Q863", "Q265", "Q668", "Q843", "Q794", "Q184"), qids);
    }

    @Test
    void labelLookup() {
        assertTrue(run("label-lookup").stream().allMatch(r -> r.get("label").contains("恐怖")));
        assertFalse(run("label-lookup").isEmpty());
    }

    @Test
    void whereEachCondemnationWasReadCutsTheUsersFile() throws IOException {
        List<Map<String, String>> rows = run("act-sentences");
        assertEquals(6, rows.size(), "six condemnations, two of them read from one span");
        int[] file = new String(Files.readAllBytes(org.declkg.Fixtures.SEED), StandardCharsets.UTF_8).codePoints().toArray();
        for (Map<String, String> r : rows) {
            int b = Integer.parseInt(r.get("sentenceBegin")), e = Integer.parseInt(r.get("sentenceEnd"));
            assertEquals("sco-tianjin-2025.zh.txt", r.get("file"));
            assertEquals(r.get("sentence"), new String(file, b, e - b), "the sentence is the file cut at its offsets");
            assertTrue(b <= Integer.parseInt(r.get("begin")) && Integer.parseInt(r.get("end")) <= e, "the span lies in it");
            assertTrue(new String(file, Integer.parseInt(r.get("begin")), Integer.parseInt(r.get("end")) - Integer.parseInt(r.get("begin")))
                    .contains("谴责"));
        }
        assertTrue(hasRow(rows, Map.of("sentenceBegin", "1807", "sentenceEnd", "1840",
                "sentence", "成员国强烈谴责2025年4月22日在帕哈尔加姆发生的恐怖袭击事件。")));
    }

    @Test
    void everyPackagedQueryIsOnTheLandingPage() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            Set<String> names = new TreeSet<>();
            files.forEach(f -> names.add(f.getFileName().toString().replace(".rq", "")));
            assertEquals(names, new TreeSet<>(LandingServlet.EXAMPLES));
        }
    }

    /** Every SPARQL block of the README is one of the tested queries, word for word (the federated one aside). */
    @Test
    void theReadmeShowsTheTestedQueries() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        Set<String> packaged = new TreeSet<>();
        for (String name : LandingServlet.EXAMPLES) packaged.add(LandingServlet.query(name).strip());
        int shown = 0;
        while (m.find()) {
            String block = m.group(1).strip();
            if (block.contains("SERVICE")) continue;
            assertTrue(packaged.contains(block), "README query not among the tested ones:\n" + block);
            shown++;
        }
        assertTrue(shown >= 5, "README shows the example queries: " + shown);
    }
}
