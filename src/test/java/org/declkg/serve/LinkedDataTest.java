package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.declkg.ServedStore;
import org.declkg.Snapshots;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Following the data as linked data: for a resource of every kind, the RDF that its IRI gives
 * (Accept: text/turtle, parsed with Jena) backs every link of its HTML page with a triple, holds
 * nothing the store does not say (but its paging), and holds what points at it as well as what it
 * says. A declaration's IRI gives its named graph; the lists of a state's statements turn pages.
 */
class LinkedDataTest {
    static ServedStore served;
    static Model union;
    static Dataset stored;

    @BeforeAll
    static void start() {
        served = ServedStore.seed();
        union = Snapshots.union(served.store().dataset());
        stored = Snapshots.of(served.store().dataset());
    }

    @AfterAll
    static void stop() { served.close(); }

    /** One resource of each kind, the first of its class by IRI. */
    static Map<String, String> samples() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("declaration", one(DK.Declaration));
        out.put("state", Iris.DEFAULT.of("state", "russia"));
        out.put("organisation", Iris.DEFAULT.of("organisation", "sco"));
        out.put("event", one(DK.Event));
        out.put("document", one(DK.Document));
        out.put("initiative", one(DK.Initiative));
        out.put("act", one(DK.Condemnation));
        out.put("text span", one(Vocab.NIF.String));
        out.put("text", one(Vocab.NIF.Context));
        out.put("place", Iris.DEFAULT.of("place", "tianjin"));
        out.put("member states", Iris.DEFAULT.of("group", "sco-members"));
        out.put("membership", one(ORG.Membership));
        out.put("proposition", one(DK.Proposition));
        out.put("graph", Iris.DEFAULT.worldGraph());
        return out;
    }

    private static String one(Resource type) {
        return union.listSubjectsWithProperty(RDF.type, type).toList().stream().filter(Resource::isURIResource)
                .map(Resource::getURI).sorted().findFirst().orElseThrow(() -> new AssertionError("no " + type));
    }

    private static Model turtle(String path) {
        HttpResponse<String> r = served.get(path, "text/turtle");
        assertEquals(200, r.statusCode(), path);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        return m;
    }

    /** The IRI a link of a page stands for; null for the site's own navigation and the format links. */
    static String iriOf(String href) {
        if (href.startsWith("/id/")) return href.contains("format=") ? null : Iris.DEFAULT.base() + href.substring(4);
        if (href.startsWith("/ontology#")) return DK.NS + href.substring("/ontology#".length());
        if (href.startsWith("http://") || href.startsWith("https://")) return href;
        return null;
    }

    static List<String> links(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (m.find()) out.add(m.group(1).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'"));
        return out;
    }

    static Set<String> nodes(Model m) {
        Set<String> out = new HashSet<>();
        for (Statement s : m.listStatements().toList()) {
            if (s.getSubject().isURIResource()) out.add(s.getSubject().getURI());
            out.add(s.getPredicate().getURI());
            if (s.getObject().isURIResource()) out.add(s.getObject().asResource().getURI());
        }
        return out;
    }

    private static boolean paging(Statement s) {
        return s.getPredicate().getURI().startsWith(Hydra.NS) || s.getSubject().getURI().contains("#")
                && s.getSubject().getURI().startsWith(Iris.DEFAULT.base()) && (s.getSubject().getURI().contains("?page=")
                || s.getSubject().hasProperty(RDF.type, Hydra.Collection));
    }

    @Test
    void everyLinkOfEveryKindOfPageIsATripleOfItsRdf() {
        for (Map.Entry<String, String> kind : samples().entrySet()) {
            String path = ResourceServletTest.path(kind.getValue());
            HttpResponse<String> page = served.get(path, ResourceServletTest.BROWSER);
            assertEquals(200, page.statusCode(), kind.getKey());
            Model rdf = turtle(path);
            Set<String> nodes = nodes(rdf);
            int checked = 0;
            for (String href : links(page.body())) {
                String iri = iriOf(href);
                if (iri == null) continue;
                assertTrue(nodes.contains(iri), kind.getKey() + " page " + path + " links " + href + " but its RDF has no triple with " + iri);
                checked++;
            }
            assertTrue(checked >= 3, kind.getKey() + ": " + checked + " links checked");
            assertFalse(page.body().contains("<title>dkid:"), kind.getKey() + ": a title, not a short IRI");
        }
    }

    @Test
    void theRdfSaysNothingTheStoreDoesNotAndWhatPointsAtTheResourceToo() {
        for (Map.Entry<String, String> kind : samples().entrySet()) {
            Model rdf = turtle(ResourceServletTest.path(kind.getValue()));
            for (Statement s : rdf.listStatements().toList())
                if (!paging(s)) assertTrue(union.contains(s), kind.getKey() + ": not in the store: " + s);
            Resource r = union.getResource(kind.getValue());
            for (Statement s : union.listStatements(null, null, r).toList()) {
                boolean listedAsAct = s.getSubject().hasProperty(RDF.type, DK.Act);
                if (!listedAsAct || kind.getKey().equals("act") || kind.getKey().equals("text span"))
                    assertTrue(rdf.contains(s), kind.getKey() + ": what points at it is described: " + s);
            }
        }
    }

    @Test
    void aStateGivesItsMembershipsAndItsStatementsAsTriples() {
        String russia = Iris.DEFAULT.of("state", "russia");
        Model rdf = turtle(ResourceServletTest.path(russia));
        Resource r = rdf.getResource(russia);
        assertTrue(rdf.listSubjectsWithProperty(ORG.member, r).toList().size() >= 1, "its memberships");
        Resource list = rdf.getResource(russia + "#statements");
        long total = list.getProperty(Hydra.totalItems).getLong();
        List<RDFNode> members = rdf.listObjectsOfProperty(list, Hydra.member).toList();
        assertEquals(Describer.PAGE_SIZE, members.size());
        for (RDFNode act : members) {
            Resource a = act.asResource();
            assertNotNull(a.getPropertyResourceValue(DK.object), a.getURI());
            assertNotNull(a.getPropertyResourceValue(DK.declaration), a.getURI());
            Resource span = a.getPropertyResourceValue(Vocab.PROV.wasDerivedFrom);
            assertNotNull(span.getProperty(Vocab.NIF.anchorOf), "the sentence span of each act");
            boolean byName = a.hasProperty(DK.actor, r);
            boolean asMember = a.listProperties(DK.actor).toList().stream().anyMatch(actor ->
                    actor.getResource().listProperties(DK.groupOf).toList().stream()
                            .anyMatch(org -> org.getResource().hasProperty(ORG.hasMember, r)));
            assertTrue(byName || asMember, "the RDF says why " + a.getURI() + " is Russia's");
        }
        assertTrue(total > Describer.PAGE_SIZE, "more than one page: " + total);
    }

    @Test
    void theListsTurnPagesAndTogetherAreTheQueryThatListsThemAll() {
        String russia = Iris.DEFAULT.of("state", "russia");
        String path = ResourceServletTest.path(russia);
        Set<String> paged = new HashSet<>();
        Model first = turtle(path);
        long total = first.getResource(russia + "#statements").getProperty(Hydra.totalItems).getLong();
        int pages = (int) ((total + Describer.PAGE_SIZE - 1) / Describer.PAGE_SIZE);
        Resource view = first.getResource(Describer.pageIri(russia, 1, Describer.Role.ACTOR));
        assertEquals(Describer.pageIri(russia, 2, Describer.Role.ACTOR), view.getPropertyResourceValue(Hydra.next).getURI());
        assertEquals(Describer.pageIri(russia, pages, Describer.Role.ACTOR), view.getPropertyResourceValue(Hydra.last).getURI());
        for (int p = 1; p <= pages; p++) {
            Model m = turtle(path + "?page=" + p);
            m.listObjectsOfProperty(m.getResource(russia + "#statements"), Hydra.member).forEachRemaining(a -> paged.add(a.asResource().getURI()));
        }
        assertEquals(total, paged.size(), "each act on one page");
        Set<String> all = new HashSet<>();
        for (var row : ExampleQueriesTest.rowsOf(served, Describer.Role.ACTOR.listQuery(russia))) all.add(row.get("act"));
        assertEquals(all, paged, "the pages hold what the linked SPARQL query lists");
        String html = served.get(path + "?page=2", ResourceServletTest.BROWSER).body();
        assertTrue(html.contains("101–" + Math.min(total, 200) + " of " + total), html);
        assertTrue(html.contains("← previous page"));
        String beyond = served.get(path + "?page=" + (pages + 5), ResourceServletTest.BROWSER).body();
        assertTrue(beyond.contains("no statements on page " + (pages + 5)), "a page past the end is empty, not an error");
    }

    @Test
    void aDeclarationIriGivesItsNamedGraph() {
        String declaration = samples().get("declaration");
        String path = ResourceServletTest.path(declaration);
        HttpResponse<String> trig = served.get(path + "?format=trig", "*/*");
        assertEquals(200, trig.statusCode());
        Dataset got = DatasetFactory.create();
        RDFParser.fromString(trig.body(), Lang.TRIG).parse(got);
        assertTrue(got.containsNamedModel(declaration));
        assertTrue(stored.getNamedModel(declaration).isIsomorphicWith(got.getNamedModel(declaration)), "the graph as stored");
        Model ttl = turtle(path);
        assertTrue(ttl.containsAll(stored.getNamedModel(declaration)), "Turtle gives the graph too, and labels from beyond it");
        String html = served.get(path, ResourceServletTest.BROWSER).body();
        for (String f : List.of("ttl", "trig", "jsonld"))
            assertTrue(html.contains("href=\"" + path + "?format=" + f + "\""), f);
        assertTrue(html.contains("Its named graph"));
        HttpResponse<String> world = served.get(ResourceServletTest.path(Iris.DEFAULT.worldGraph()), "application/trig");
        Dataset w = DatasetFactory.create();
        RDFParser.fromString(world.body(), Lang.TRIG).parse(w);
        String worldGraph = Iris.DEFAULT.worldGraph();
        assertTrue(stored.getNamedModel(worldGraph).isIsomorphicWith(w.getNamedModel(worldGraph)), "the world graph too");
    }

    @Test
    void aPageThatCannotBeBuiltInTimeIs503WithAMessage() {
        try (ServedStore slow = ServedStore.seed(Duration.ofMillis(1), Duration.ofSeconds(60))) {
            for (String accept : List.of("text/turtle", ResourceServletTest.BROWSER)) {
                HttpResponse<String> r = slow.get("/id/state/russia", accept);
                assertEquals(503, r.statusCode(), r.body());
                assertTrue(r.body().contains("too busy to describe https://w3id.org/declkg/id/state/russia"), r.body());
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
                assertFalse(r.body().contains("Exception"), r.body());
            }
        }
    }
}
