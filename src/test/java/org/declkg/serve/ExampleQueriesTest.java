package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.declkg.Fixtures;
import org.declkg.ServedStore;
import org.declkg.rdf.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example queries (src/main/resources/declkg/queries, on /home, the query page and in the README)
 * run on a real server holding the seed and a second declaration of the same organisation
 * (fictional-astana, written for this test): each gives the rows a reader of the two texts expects,
 * speaks only of what the declarations name, and repeats no row.
 */
class ExampleQueriesTest {
    static final Path QUERIES = Path.of("src/main/resources/declkg/queries");
    static final Path FEDERATED = Path.of("src/main/resources/declkg/federated");
    static final Path ASTANA_TEXT = Path.of("src/test/resources/declarations/fictional-astana.zh.txt");
    static final String SEED = Iris.DEFAULT.of("declaration", "sco-2025-09-01-0912ef92");
    static final String SCO = Iris.DEFAULT.of("organisation", "sco");
    static final List<String> MEMBER_QIDS = List.of("Q148", "Q159", "Q184", "Q232", "Q265", "Q668", "Q794", "Q813", "Q843", "Q863");
    static ServedStore served;
    static String astana;

    @BeforeAll
    static void start() {
        served = ServedStore.seedAnd(Duration.ofSeconds(10), Duration.ofSeconds(60), ASTANA_TEXT);
        astana = served.store().graphNames().stream().filter(g -> g.contains("declaration/sco-2027-06-15")).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() { served.close(); }

    /** The rows of a packaged query, each as variable → lexical form or IRI. */
    static List<Map<String, String>> run(String name) {
        return rows(ExampleQueries.text(name));
    }

    static List<Map<String, String>> rows(String query) { return rowsOf(served, query); }

    /** The rows of a query on a served store, each as variable → lexical form or IRI. */
    static List<Map<String, String>> rowsOf(ServedStore served, String query) {
        var r = served.query(query, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
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

    private static void noRowTwice(String name, List<Map<String, String>> rows) {
        assertEquals(rows.size(), new java.util.HashSet<>(rows).size(), name + " repeats a row: " + rows);
    }

    @Test
    void noExampleRepeatsARow() {
        for (String name : ExampleQueries.NAMES) noRowTwice(name, run(name));
    }

    @Test
    void membersOfTheOrganisationsThatSpeakOnly() {
        List<Map<String, String>> rows = run("members");
        assertEquals(Set.of(SCO), rows.stream().map(r -> r.get("organisation")).collect(Collectors.toSet()),
                "only the organisation whose declarations are loaded, not every organisation the knowledge base knows");
        assertEquals(10, rows.size(), "the ten members, once, although two declarations name them");
        assertEquals(SparqlEndpointTest.MEMBER_KEYS.stream().map(k -> Iris.DEFAULT.of("state", k)).collect(Collectors.toSet()),
                rows.stream().map(r -> r.get("state")).collect(Collectors.toSet()));
        assertTrue(hasRow(rows, Map.of("name", "中华人民共和国", "wikidata", "http://www.wikidata.org/entity/Q148")));
        assertTrue(hasRow(rows, Map.of("name", "白俄罗斯共和国", "wikidata", "http://www.wikidata.org/entity/Q184")));
    }

    @Test
    void whatWasCondemnedWithDatesAndPlaces() {
        List<Map<String, String>> rows = run("condemned");
        assertTrue(has(rows, "帕哈尔加姆", "2025-04-22", "帕哈尔加姆"), rows.toString());
        assertTrue(has(rows, "贾法尔快车", "2025-03-11", null), rows.toString());
        assertTrue(has(rows, "胡兹达尔", "2025-05-21", "胡兹达尔"), rows.toString());
        assertTrue(has(rows, "伊朗", "2025-06", null), "a month only: xsd:gYearMonth " + rows);
        assertTrue(has(rows, "奎达", "2027-03-08", "奎达"), "the attack the second text condemns " + rows);
        assertEquals(1, rows.stream().filter(r -> r.get("declaration").equals(astana)).count(), rows.toString());
        assertEquals(rows.size(), rows.stream().map(r -> r.get("declaration") + r.get("what")).distinct().count(),
                "one row per thing condemned in each declaration");
    }

    /** A row whose label contains {@code word}, with that start date and (when given) that place. */
    private static boolean has(List<Map<String, String>> rows, String word, String start, String place) {
        return rows.stream().anyMatch(r -> r.get("what").contains(word) && start.equals(r.get("start"))
                && (place == null || place.equals(r.get("place"))));
    }

    @Test
    void whatWasSigned() {
        List<Map<String, String>> rows = run("signed");
        Map<String, Set<String>> byDeclaration = new HashMap<>();
        for (Map<String, String> r : rows) {
            byDeclaration.computeIfAbsent(r.get("declaration"), k -> new TreeSet<>()).add(r.get("title"));
            assertEquals(Iris.DEFAULT.of("document-type", "agreement"), r.get("type"));
        }
        assertEquals(Set.of("上合组织成员国关于应对安全威胁与挑战综合中心的协定", "上合组织成员国关于上合组织禁毒中心的协定"), byDeclaration.get(SEED));
        assertEquals(Set.of("上合组织成员国关于水资源合作的协定"), byDeclaration.get(astana));
        assertEquals(3, rows.size());
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
        assertTrue(hasRow(rows, Map.of("kind", "Initiative", "supporter", "上海合作组织成员国", "proposer", "哈萨克斯坦共和国")),
                "the second text's initiative, proposed by Kazakhstan: " + rows);
    }

    @Test
    void everythingOneStateStated() {
        List<Map<String, String>> rows = run("state-acts");
        assertTrue(rows.stream().anyMatch(r -> r.get("class").equals("https://w3id.org/declkg/ontology#Condemnation")
                && r.get("object").contains("帕哈尔加姆")));
        assertTrue(rows.stream().filter(r -> r.get("declaration").equals(SEED)).count() > 50,
                "as a member state it states nearly everything: " + rows.size());
        long astanaActs = Long.parseLong(rows(Describer.PREFIXES + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH <" + astana
                + "> { ?a a dk:Act } }").get(0).get("n"));
        assertEquals(astanaActs, rows.stream().filter(r -> r.get("declaration").equals(astana)).count(),
                "every act of the second text: five by the member states, one by three states it names, Russia among them");
        assertEquals(rows.size(), rows.stream().map(r -> r.get("act")).distinct().count(), "one row per act");
    }

    @Test
    void theWikidataJoinKey() {
        List<Map<String, String>> rows = run("wikidata-join");
        Set<String> qids = new TreeSet<>();
        for (Map<String, String> r : rows)
            if (SparqlEndpointTest.MEMBER_KEYS.contains(r.get("state").substring(Iris.DEFAULT.of("state", "").length())))
                qids.add(r.get("qid"));
        assertEquals(new TreeSet<>(MEMBER_QIDS), qids);
        assertEquals(rows.size(), rows.stream().map(r -> r.get("state")).distinct().count(), "each state once");
        assertTrue(rows.size() < 30, "the states the declarations name, not the 195 of the knowledge base: " + rows.size());
    }

    @Test
    void theValuesLineForTheWikidataQueryService() throws IOException {
        List<Map<String, String>> rows = run("wikidata-values");
        assertEquals(1, rows.size());
        String expected = "VALUES ?state { " + MEMBER_QIDS.stream().map(q -> "wd:" + q).collect(Collectors.joining(" ")) + " }";
        assertEquals(expected, rows.get(0).get("values"));
        assertTrue(Files.readString(FEDERATED.resolve("wikidata-capitals.wdqs.rq")).contains("  " + expected + "\n"),
                "the query for the Wikidata Query Service carries the line the example gives");
    }

    @Test
    void labelLookup() {
        List<Map<String, String>> rows = run("label-lookup");
        assertTrue(rows.stream().allMatch(r -> r.get("label").contains("恐怖")));
        assertTrue(rows.stream().anyMatch(r -> r.get("label").contains("奎达")), "the second text's attack");
        assertFalse(rows.isEmpty());
    }

    @Test
    void whereEachCondemnationWasReadCutsTheUsersFile() throws IOException {
        List<Map<String, String>> rows = run("act-sentences").stream()
                .filter(r -> r.get("file").equals(Fixtures.SEED.getFileName().toString())).toList();
        assertEquals(6, rows.size(), "the seed's six condemnations, two of them read from one span");
        int[] file = new String(Files.readAllBytes(Fixtures.SEED), StandardCharsets.UTF_8).codePoints().toArray();
        for (Map<String, String> r : rows) {
            int b = Integer.parseInt(r.get("sentenceBegin")), e = Integer.parseInt(r.get("sentenceEnd"));
            assertEquals(r.get("sentence"), new String(file, b, e - b), "the sentence is the file cut at its offsets");
            assertTrue(b <= Integer.parseInt(r.get("begin")) && Integer.parseInt(r.get("end")) <= e, "the span lies in it");
            assertTrue(new String(file, Integer.parseInt(r.get("begin")), Integer.parseInt(r.get("end")) - Integer.parseInt(r.get("begin")))
                    .contains("谴责"));
        }
        assertTrue(hasRow(rows, Map.of("sentenceBegin", "1807", "sentenceEnd", "1840",
                "sentence", "成员国强烈谴责2025年4月22日在帕哈尔加姆发生的恐怖袭击事件。")));
        assertEquals(2, rows.stream().filter(r -> r.get("sentenceBegin").equals("1842")).map(r -> r.get("object")).distinct().count(),
                "one sentence condemns two attacks: two statements from one span");
    }

    @Test
    void everyPackagedQueryIsOnTheLandingPage() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            Set<String> names = new TreeSet<>();
            files.forEach(f -> names.add(f.getFileName().toString().replace(".rq", "")));
            assertEquals(names, new TreeSet<>(ExampleQueries.NAMES));
        }
    }

    /** Every SPARQL block of the README is one of the tested queries or federated queries, word for word. */
    @Test
    void theReadmeShowsTheTestedQueries() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        Set<String> packaged = new TreeSet<>();
        for (String name : ExampleQueries.NAMES) packaged.add(ExampleQueries.text(name).strip());
        try (Stream<Path> files = Files.list(FEDERATED)) {
            for (Path f : files.toList()) packaged.add(Files.readString(f, StandardCharsets.UTF_8).strip());
        }
        int shown = 0;
        while (m.find()) {
            String block = m.group(1).strip();
            assertTrue(packaged.contains(block), "README query not among the tested ones:\n" + block);
            shown++;
        }
        assertTrue(shown >= 7, "README shows the example queries: " + shown);
    }
}
