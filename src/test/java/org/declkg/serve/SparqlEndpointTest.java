package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.declkg.ServedStore;
import org.declkg.Snapshots;
import org.declkg.rdf.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read-only SPARQL endpoint and graph store of a real server on a free loopback port. */
class SparqlEndpointTest {
    static final String MEMBERS = """
            PREFIX org: <http://www.w3.org/ns/org#>
            SELECT ?state WHERE { <https://w3id.org/declkg/id/organisation/sco> org:hasMember ?state } ORDER BY ?state""";
    static final Set<String> MEMBER_KEYS = Set.of("belarus", "china", "india", "iran", "kazakhstan", "kyrgyzstan",
            "pakistan", "russia", "tajikistan", "uzbekistan");

    static ServedStore served;

    @BeforeAll
    static void start() { served = ServedStore.seed(); }

    @AfterAll
    static void stop() { served.close(); }

    @Test
    void aSelectReturnsExactlyTheTenMembers() {
        HttpResponse<String> r = served.query(MEMBERS, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals(members(), states(parse(r, ResultSetLang.RS_JSON)));
    }

    @Test
    void everyResultFormatCarriesTheSameTenRows() {
        assertEquals(members(), states(parse(served.query(MEMBERS, "application/sparql-results+xml"), ResultSetLang.RS_XML)));
        assertEquals(members(), states(parse(served.query(MEMBERS, "text/csv"), ResultSetLang.RS_CSV)));
        assertEquals(members(), states(parse(served.query(MEMBERS, "text/tab-separated-values"), ResultSetLang.RS_TSV)));
        HttpResponse<String> csv = served.query(MEMBERS, "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(11, csv.body().lines().count(), "a header and ten rows");
    }

    @Test
    void aConstructComesAsTurtleJsonLdOrNTriplesWithTheSameTriples() {
        String construct = MEMBERS.replace("SELECT ?state WHERE", "CONSTRUCT { <https://w3id.org/declkg/id/organisation/sco> "
                + "org:hasMember ?state } WHERE").replace(" ORDER BY ?state", "");
        Model turtle = rdf(served.query(construct, "text/turtle"), Lang.TURTLE);
        assertEquals(10, turtle.size());
        assertTrue(turtle.isIsomorphicWith(rdf(served.query(construct, "application/ld+json"), Lang.JSONLD)));
        assertTrue(turtle.isIsomorphicWith(rdf(served.query(construct, "application/n-triples"), Lang.NTRIPLES)));
        assertTrue(turtle.isIsomorphicWith(rdf(served.query(construct, "application/rdf+xml"), Lang.RDFXML)));
    }

    @Test
    void theDefaultGraphIsTheUnionAndGraphPicksOneDeclaration() {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        long union = Snapshots.union(served.store().dataset()).size();
        ResultSet rs = parse(served.query(count, "application/sparql-results+json"), ResultSetLang.RS_JSON);
        assertEquals(union, rs.next().getLiteral("n").getLong());
        String perGraph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
        ResultSet graphs = parse(served.query(perGraph, "application/sparql-results+json"), ResultSetLang.RS_JSON);
        Set<String> names = new TreeSet<>();
        graphs.forEachRemaining(row -> {
            names.add(row.getResource("g").getURI());
            assertEquals(served.store().size(row.getResource("g").getURI()), row.getLiteral("n").getLong());
        });
        assertEquals(new TreeSet<>(served.store().graphNames()), names);
    }

    @Test
    void theGraphStoreReadsTheUnionAsDefaultAndEachNamedGraph() {
        HttpResponse<String> all = served.get("/declkg/get?default", "application/n-triples");
        assertEquals(200, all.statusCode());
        assertTrue(Snapshots.union(served.store().dataset()).isIsomorphicWith(rdf(all, Lang.NTRIPLES)));
        String declaration = served.store().graphNames().stream().filter(g -> g.startsWith(Iris.DEFAULT.base() + "declaration/"))
                .findFirst().orElseThrow();
        HttpResponse<String> one = served.get("/declkg/get?graph=" + URLEncoder.encode(declaration, StandardCharsets.UTF_8),
                "text/turtle");
        assertEquals(200, one.statusCode());
        assertTrue(Snapshots.graph(served.store().dataset(), declaration).isIsomorphicWith(rdf(one, Lang.TURTLE)));
        assertEquals(404, served.get("/declkg/get?graph=" + URLEncoder.encode(Iris.DEFAULT.of("graph", "none"), StandardCharsets.UTF_8),
                "text/turtle").statusCode());
    }

    @Test
    void pingAnswers() {
        assertEquals(200, served.get("/$/ping", "*/*").statusCode());
    }

    @Test
    void anUpdateIsRefusedAndChangesNothing() {
        long before = served.store().size();
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"x\" } }";
        HttpResponse<String> direct = served.send(HttpRequest.newBuilder(URI.create(served.url("/declkg/sparql")))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)).build());
        assertClientError(direct);
        for (String path : List.of("/declkg", "/declkg/sparql", "/declkg/update"))
            assertClientError(served.send(HttpRequest.newBuilder(URI.create(served.url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8))).build()));
        assertEquals(before, served.store().size());
    }

    @Test
    void graphStoreWritesAreRefusedAndChangeNothing() {
        long before = served.store().size();
        String graph = "?graph=" + URLEncoder.encode("urn:x:g", StandardCharsets.UTF_8);
        for (String path : List.of("/declkg/get" + graph, "/declkg" + graph, "/declkg/data" + graph)) {
            assertClientError(served.send(HttpRequest.newBuilder(URI.create(served.url(path))).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> \"x\" .")).build()));
            assertClientError(served.send(HttpRequest.newBuilder(URI.create(served.url(path))).header("Content-Type", "text/turtle")
                    .POST(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> \"x\" .")).build()));
        }
        assertClientError(served.send(HttpRequest.newBuilder(URI.create(served.url("/declkg/get?default"))).DELETE().build()));
        assertEquals(before, served.store().size());
    }

    @Test
    void aRefusedRequestWithABodySaysItClosesTheConnection() {
        // its body stays unread and the connection goes; a client must not send its next request down it
        String graph = "?graph=" + URLEncoder.encode("urn:x:g", StandardCharsets.UTF_8);
        for (String method : List.of("PUT", "POST")) {
            HttpResponse<String> r = served.send(HttpRequest.newBuilder(URI.create(served.url("/declkg/get" + graph)))
                    .header("Content-Type", "text/turtle").method(method, HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 .")).build());
            assertEquals(405, r.statusCode(), method);
            assertEquals(Optional.of("close"), r.headers().firstValue("Connection"), method);
        }
        HttpResponse<String> query = served.query(MEMBERS, "application/sparql-results+json");
        assertEquals(Optional.empty(), query.headers().firstValue("Connection"), "an answered request keeps its connection");
    }

    @Test
    void aHeavyQueryTimesOutWith503AndTheServerGoesOn() {
        try (ServedStore quick = ServedStore.seed(Duration.ofMillis(300), Duration.ofSeconds(1))) {
            HttpResponse<String> heavy = quick.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                    "application/sparql-results+json");
            assertEquals(503, heavy.statusCode(), heavy.body());
            HttpResponse<String> next = quick.query(MEMBERS, "application/sparql-results+json");
            assertEquals(200, next.statusCode());
            assertEquals(members(), states(parse(next, ResultSetLang.RS_JSON)));
            assertEquals(200, quick.get("/$/ping", "*/*").statusCode());
        }
    }

    private static void assertClientError(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
    }

    private static Set<String> members() {
        Set<String> out = new TreeSet<>();
        for (String k : MEMBER_KEYS) out.add(Iris.DEFAULT.of("state", k));
        return out;
    }

    private static Set<String> states(ResultSet rs) {
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(row -> out.add(row.get("state").toString()));
        assertEquals(out.size(), new TreeSet<>(out).size(), "no duplicates: " + out);
        return new TreeSet<>(out);
    }

    static ResultSet parse(HttpResponse<String> r, Lang lang) {
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetFactory.copyResults(ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang));
    }

    static Model rdf(HttpResponse<String> r, Lang lang) {
        assertEquals(200, r.statusCode(), r.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }
}
