package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.declkg.ServedStore;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML pages of the seed: what a reader sees of a declaration, a state, an organisation, an event, a place. */
class ResourcePagesTest {
    static ServedStore served;
    static Describer describer;

    @BeforeAll
    static void start() {
        served = ServedStore.seed();
        describer = new Describer(served.store().dataset(), Iris.DEFAULT);
    }

    @AfterAll
    static void stop() { served.close(); }

    private static String page(String iri) {
        var r = served.get(ResourceServletTest.path(iri), ResourceServletTest.BROWSER);
        assertEquals(200, r.statusCode(), iri);
        assertFalse(r.body().contains("<script"), "no script on a page");
        return r.body();
    }

    private static long count(String sparql) { return describer.count(sparql); }

    private static int occurrences(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static String declaration() {
        return describer.select(new ParameterizedSparqlString(Describer.PREFIXES + "SELECT ?d WHERE { ?d a dk:Declaration }"))
                .get(0).getResource("d").getURI();
    }

    /** The attack the seed condemns that happened on 2025-04-22. */
    private static org.apache.jena.query.QuerySolution pahalgam() {
        return describer.select(new ParameterizedSparqlString(Describer.PREFIXES + """
                SELECT ?e ?label WHERE { ?e a dk:Event ; rdfs:label ?label ; schema:startDate ?d
                  FILTER(STR(?d) = "2025-04-22") }""")).get(0);
    }

    private static String pahalgamLabel() { return pahalgam().getLiteral("label").getString(); }

    @Test
    void aDeclarationPageShowsTitleDatePlaceAndEveryActGroupedByClass() {
        String html = page(declaration());
        assertTrue(html.contains("<h1>上海合作组织成员国元首理事会天津宣言</h1>"));
        assertTrue(html.contains("<dd>2025-09-01</dd>"));
        assertTrue(html.contains(">天津</a> <span class=\"en\">Tianjin</span>"), "place in Chinese and English");
        long acts = count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a dk:Act }");
        assertEquals(acts, occurrences(html, "<div class=\"act\""), "one box per act");
        assertEquals(acts, occurrences(html, "<mark>"), "each with its span marked");
        for (org.declkg.knowledge.ActClasses.ActClass c : describer.actClasses().all()) {
            String cls = c.name();
            long n = count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a dk:" + cls + " }");
            if (n == 0) continue;
            int at = html.indexOf("data-class=\"" + cls + "\"");
            assertTrue(at > 0, cls);
            String section = html.substring(at, html.indexOf("</section>", at));
            assertEquals(n, occurrences(section, "<div class=\"act\""), cls);
        }
        int condemnations = html.indexOf("data-class=\"Condemnation\"");
        String section = html.substring(condemnations, html.indexOf("</section>", condemnations));
        assertTrue(section.contains(">" + pahalgamLabel() + "</a>"), "object linked");
        assertTrue(section.contains("<mark>"), "sentence quoted");
    }

    @Test
    void aStatePageShowsItsMembershipAndItsStatementsDirectlyOrAsAMember() {
        String iri = Iris.DEFAULT.of("state", "india");
        String html = page(iri);
        assertTrue(html.contains("Wikidata Q668"));
        assertTrue(html.contains("href=\"http://www.wikidata.org/entity/Q668\""));
        int memberships = html.indexOf("Memberships");
        assertTrue(memberships > 0);
        String table = html.substring(memberships, html.indexOf("</table>", memberships));
        assertTrue(table.contains(">上海合作组织</a>") && table.contains("成员国") && table.contains("2017-06-09"), table);
        long acts = count("SELECT (COUNT(DISTINCT ?act) AS ?n) WHERE { GRAPH ?g { "
                + Describer.Role.ACTOR.pattern.replace("?x", "<" + iri + ">") + " } }");
        assertTrue(acts > 100, "the member states state most things together: " + acts);
        int by = html.indexOf("Its statements");
        int next = html.indexOf("<h2", by + 1);
        String mine = html.substring(by, next > 0 ? next : html.length());
        assertEquals(Describer.PAGE_SIZE, occurrences(mine, "<div class=\"act\""), "the first page of them");
        assertTrue(mine.contains("1–100 of " + acts), mine.substring(0, 300));
        assertTrue(table.contains("<th>Organisation 组织</th><th>Role 身份</th><th>Since 起始</th>"), "the table says what its columns are");
    }

    @Test
    void anOrganisationPageListsItsTenMembers() {
        String html = page(Iris.DEFAULT.of("organisation", "sco"));
        int at = html.indexOf("Members 成员");
        String table = html.substring(at, html.indexOf("</table>", at));
        assertEquals(10, occurrences(table, "</a></td><td>成员国</td>"), "ten members");
        assertTrue(table.contains("<th>State 国家</th><th>Role 身份</th><th>Since 起始</th><th>Wikidata</th>"), table);
        for (String name : new String[] {"中华人民共和国", "俄罗斯联邦", "印度共和国", "白俄罗斯共和国", "伊朗伊斯兰共和国"})
            assertTrue(table.contains(">" + name + "</a></td><td>成员国</td>"), name);
        assertTrue(table.contains(">老挝人民民主共和国</a></td><td>对话伙伴</td>"), "the dialogue partner the text names");
        assertTrue(table.indexOf("老挝") > table.lastIndexOf("成员国"), "members first");
        assertEquals(occurrences(table, "<tr>") - 1, occurrences(table, "class=\"wikidata\""), "a Wikidata link in each row but the header");
    }

    @Test
    void anEventAndItsPlaceShowTheActsThatMentionThem() {
        String event = pahalgam().getResource("e").getURI();
        String html = page(event);
        assertTrue(html.contains("Statements about it"));
        assertTrue(html.contains("data-class=\"Condemnation\""));
        assertTrue(html.contains("2025-04-22"));
        String place = page(Iris.DEFAULT.of("place", "pahalgam"));
        int at = place.indexOf("Statements that mention it");
        assertTrue(at > 0, "the place is where the condemned attack happened");
        assertTrue(place.substring(at).contains(pahalgamLabel()));
    }

    @Test
    void theLandingPageCountsAndRunsTheExampleQueries() {
        var home = served.get("/home", "text/html");
        assertEquals(200, home.statusCode());
        long acts = count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a dk:Act }");
        assertTrue(home.body().contains("<strong>" + acts + "</strong> statements"), home.body());
        long named = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?d { ?d a dk:Declaration . ?s a dk:State } }");
        assertTrue(named >= 10 && named < 30, "the members and the states the text names: " + named);
        assertTrue(home.body().contains("<strong>" + named + "</strong> states named"), "not the 195 the knowledge base knows");
        assertTrue(home.body().contains("<strong>1</strong> organisations that speak"));
        for (String name : ExampleQueries.NAMES) {
            assertTrue(home.body().contains("href=\"/home?query=" + name + "\""), name);
            var r = served.get("/home?query=" + name, "text/html");
            assertEquals(200, r.statusCode(), name);
        }
        String members = served.get("/home?query=members", "text/html").body();
        assertEquals(10, occurrences(members, ">https://w3id.org/declkg/id/organisation/sco</a>"), "the ten members of the organisation");
        assertEquals(404, served.get("/home?query=nonsense", "text/html").statusCode());
    }

    @Test
    void textFromTheDataIsEscapedEverywhere() {
        String evil = "<script>alert(1)</script>\"'&";
        Dataset ds = DatasetFactory.createTxnMem();
        Model m = ModelFactory.createDefaultModel();
        String d = Iris.DEFAULT.of("declaration", "evil");
        Resource decl = m.createResource(d, DK.Declaration).addProperty(DCTerms.title, evil, "zh").addProperty(RDFS.label, evil, "zh");
        Resource text = m.createResource(Iris.DEFAULT.of("text", "evil"), Vocab.NIF.Context)
                .addProperty(Vocab.NIF.isString, evil + "。");
        Resource anchor = m.createResource(Iris.DEFAULT.of("text", "evil/0-8"), Vocab.NIF.String)
                .addProperty(Vocab.NIF.referenceContext, text)
                .addLiteral(Vocab.NIF.beginIndex, m.createTypedLiteral("0", XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(Vocab.NIF.endIndex, m.createTypedLiteral("8", XSDDatatype.XSDnonNegativeInteger));
        Resource object = m.createResource(Iris.DEFAULT.of("event", "evil"), DK.Event).addProperty(RDFS.label, evil, "zh");
        m.createResource(Iris.DEFAULT.of("act", "evil"), DK.Condemnation).addProperty(RDF.type, DK.Act).addProperty(DK.declaration, decl)
                .addProperty(DK.object, object).addProperty(DK.actor, m.createResource(Iris.DEFAULT.of("state", "evil"), DK.State)
                        .addProperty(RDFS.label, evil, "zh")).addProperty(Vocab.PROV.wasDerivedFrom, anchor);
        ds.executeWrite(() -> ds.addNamedModel(d, m));
        Describer local = new Describer(ds, Iris.DEFAULT);
        ResourcePages pages = new ResourcePages(Iris.DEFAULT);
        for (String iri : new String[] {d, object.getURI(), Iris.DEFAULT.of("state", "evil"), Iris.DEFAULT.of("act", "evil")}) {
            String html = pages.page(local.describe(iri), local.actClasses());
            assertFalse(html.contains("<script>"), iri);
            assertFalse(html.contains("'&<"), iri);
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"), iri);
        }
        assertEquals("&lt;mark&gt;<mark>a</mark>b", ActsHtml.sentence("<mark>ab", 6, 7));
    }
}
