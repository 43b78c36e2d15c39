package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.declkg.ServedStore;
import org.declkg.Snapshots;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every data IRI resolves at /id/: HTML for browsers, RDF by Accept, the same triples in each format. */
class ResourceServletTest {
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    static final Map<String, Lang> FORMATS = Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
            "application/n-triples", Lang.NTRIPLES, "application/rdf+xml", Lang.RDFXML, "application/trig", Lang.TRIG,
            "application/n-quads", Lang.NQUADS);

    static ServedStore served;
    static Model union;

    @BeforeAll
    static void start() {
        served = ServedStore.seed();
        union = Snapshots.union(served.store().dataset());
    }

    @AfterAll
    static void stop() { served.close(); }

    /** One resource of each kind the seed has. */
    static List<String> samples() {
        return List.of(one(DK.Declaration), one(DK.State), one(DK.Event), one(DK.Document), one(DK.Initiative), one(DK.Place),
                one(DK.Condemnation), Iris.DEFAULT.of("organisation", "sco"));
    }

    private static String one(Resource type) {
        return union.listSubjectsWithProperty(RDF.type, type).toList().stream().map(Resource::getURI).sorted().findFirst().orElseThrow();
    }

    static String path(String iri) { return "/id/" + iri.substring(Iris.DEFAULT.base().length()); }

    @Test
    void eachFormatParsesBackToTheSameTriples() {
        for (String iri : samples()) {
            Model expected = new Describer(served.store().dataset(), Iris.DEFAULT).describe(iri).model();
            Resource r = union.getResource(iri);
            assertTrue(expected.containsAll(r.listProperties()), iri + ": all its own triples are described");
            assertTrue(expected.containsAll(union.listStatements(null, null, r)), iri + ": and all that point at it");
            for (Map.Entry<String, Lang> f : FORMATS.entrySet()) {
                HttpResponse<String> resp = served.get(path(iri), f.getKey());
                assertEquals(200, resp.statusCode(), iri + " as " + f.getKey());
                assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith(f.getKey()));
                assertEquals("Accept", resp.headers().firstValue("Vary").orElse(""));
                assertTrue(expected.isIsomorphicWith(parse(resp.body(), f.getValue())), iri + " as " + f.getKey());
            }
        }
    }

    /** Every triple of a body, whatever graph it is in. */
    static Model parse(String body, Lang lang) {
        org.apache.jena.query.Dataset ds = org.apache.jena.query.DatasetFactory.create();
        RDFParser.fromString(body, lang).parse(ds);
        Model all = ModelFactory.createDefaultModel().add(ds.getDefaultModel());
        ds.listModelNames().forEachRemaining(n -> all.add(ds.getNamedModel(n)));
        return all;
    }

    @Test
    void aBrowserGetsTheHtmlPageAndCurlGetsTurtle() {
        String state = Iris.DEFAULT.of("state", "india");
        HttpResponse<String> html = served.get(path(state), BROWSER);
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<h1>印度共和国</h1>"), html.body());
        HttpResponse<String> any = served.get(path(state), "*/*");
        assertTrue(any.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(any.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(m.getResource(state), OWL.sameAs, m.getResource("http://www.wikidata.org/entity/Q668")));
    }

    @Test
    void aFormatParameterOverridesAcceptAndLinksNameTheOthers() {
        String iri = Iris.DEFAULT.of("state", "india");
        HttpResponse<String> r = served.get(path(iri) + "?format=jsonld", BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        String link = served.get(path(iri), "text/turtle").headers().firstValue("Link").orElse("");
        assertTrue(link.contains("?format=jsonld>; rel=\"alternate\"; type=\"application/ld+json\""), link);
        assertTrue(link.contains("type=\"text/html\""), link);
        assertEquals(400, served.get(path(iri) + "?format=docx", "*/*").statusCode());
    }

    @Test
    void unknownIrisAre404AndUnacceptableTypes406() {
        HttpResponse<String> unknown = served.get("/id/state/atlantis", "text/turtle");
        assertEquals(404, unknown.statusCode());
        assertEquals("Accept", unknown.headers().firstValue("Vary").orElse(""));
        assertEquals(404, served.get("/id/state/atlantis", BROWSER).statusCode());
        assertEquals(406, served.get(path(Iris.DEFAULT.of("state", "india")), "image/png").statusCode());
        for (String notAKey : List.of("/id/place/a%20b", "/id/place/%E5%A4%A9%E6%B4%A5", "/id/place/a%22b%3E", "/id/state/india%0A",
                "/id/state/{x}", "/id/place/a+b")) {
            HttpResponse<String> r = served.get(notAKey.replace("{", "%7B").replace("}", "%7D"), "text/turtle");
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, notAKey + ": " + r.statusCode());
            assertFalse(r.body().contains("Exception") || r.body().contains("org.apache") || r.body().contains("\tat "), r.body());
        }
        for (String badPage : List.of("0", "-1", "abc", "99999999", "1e3"))
            assertEquals(400, served.get(path(Iris.DEFAULT.of("state", "india")) + "?page=" + badPage, "text/turtle").statusCode(),
                    badPage);
    }

    @Test
    void theOntologyResolvesAtOntology() {
        Model stored = Snapshots.graph(served.store().dataset(), Iris.DEFAULT.ontologyGraph());
        for (Map.Entry<String, Lang> f : FORMATS.entrySet()) {
            HttpResponse<String> r = served.get("/ontology", f.getKey());
            assertEquals(200, r.statusCode());
            Model got = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), f.getValue()).parse(got);
            assertTrue(stored.isIsomorphicWith(got), f.getKey());
        }
        String page = served.get("/ontology", BROWSER).body();
        for (String term : List.of("Declaration", "Act", "Condemnation", "condemns", "actor"))
            assertTrue(page.contains("id=\"" + term + "\""), term);
        assertFalse(page.contains("<script"));
    }
}
