package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.declkg.ServedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a query may make the server do (see serve.sparql.QueryBounds), against a real server over the
 * seed: functions that sleep or load classes are refused, regular expressions run in linear time,
 * and a query too deep to plan is a 400, not a 500.
 */
class QueryBoundsTest {
    private static final String AFN = "PREFIX afn: <http://jena.apache.org/ARQ/function#> ";
    private static ServedStore served;

    @BeforeAll
    static void start() { served = ServedStore.seed(); }

    @AfterAll
    static void stop() { served.close(); }

    private static HttpResponse<String> csv(String query) { return served.query(query, "text/csv"); }

    @Test
    void sleepingPrintingAndContextFunctionsAreNotOffered() {
        for (String f : new String[] {"afn:wait(25000)", "afn:print(1)", "afn:context()", "afn:version()", "afn:sprintf('%9s', 1)"}) {
            long start = System.nanoTime();
            HttpResponse<String> r = csv(AFN + "SELECT ?x { BIND(" + f + " AS ?x) }");
            assertEquals(400, r.statusCode(), f + ": " + r.body());
            assertTrue(r.body().contains("is not available on this endpoint"), r.body());
            assertTrue(System.nanoTime() - start < 5_000_000_000L, f + " answered at once");
        }
    }

    @Test
    void javaFunctionIrisLoadNoClass() {
        HttpResponse<String> r = csv("SELECT ?x { BIND(<java:org.apache.jena.sparql.function.library.wait>(3000) AS ?x) }");
        assertEquals(400, r.statusCode(), r.body());
        // called by a computed name, the function is simply not found: an evaluation error, no wait
        HttpResponse<String> apply = csv("PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                + "SELECT ?x { BIND(fn:apply(<java:org.apache.jena.sparql.function.library.wait>, 3000) AS ?x) }");
        assertEquals(200, apply.statusCode(), apply.body());
        assertEquals("x\r\n\r\n", apply.body());
        // a java: property function is an ordinary triple pattern, matching nothing
        HttpResponse<String> pf = csv("SELECT * { ?s <java:org.apache.jena.sparql.pfunction.library.concat> ('a' 'b') }");
        assertEquals(200, pf.statusCode(), pf.body());
        assertEquals("s\r\n", pf.body());
    }

    @Test
    void theUsefulLibraryFunctionsStillWork() {
        HttpResponse<String> r = csv(AFN + "SELECT (afn:localname(<https://w3id.org/declkg/id/organisation/sco>) AS ?x) {}");
        assertEquals("x\r\nsco\r\n", r.body());
        HttpResponse<String> split = csv("PREFIX apf: <http://jena.apache.org/ARQ/property#> "
                + "SELECT ?x { ?x apf:strSplit ('a,b' ',') }");
        assertEquals(200, split.statusCode());
        assertEquals("x\r\n", split.body(), "strSplit runs java.util.regex: not offered, so an ordinary empty pattern");
    }

    @Test
    void regularExpressionsRunInLinearTimeWithTheirUsualMeaning() {
        String as = "a".repeat(40);
        HttpResponse<String> bad = csv("SELECT ?x { BIND(REGEX(\"" + as + "b\", \"^(.*a){11}c\") AS ?x) }");
        assertEquals(200, bad.statusCode());
        assertEquals("x\r\nfalse\r\n", bad.body());
        HttpResponse<String> inFilter = csv("SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l "
                + "FILTER(REGEX(?l, '^上海合作组织$')) }");
        assertEquals("n\r\n1\r\n", inFilter.body());
        HttpResponse<String> replaced = csv("SELECT (REPLACE('上海合作组织', '^(..)(..)', '$2$1') AS ?x) {}");
        assertEquals("x\r\n合作上海组织\r\n", replaced.body());
        HttpResponse<String> functions = csv("PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                + "SELECT (fn:matches(\"" + as + "b\", '^(.*a){11}c') AS ?m) (fn:replace('abc', 'b', 'x') AS ?r) {}");
        assertEquals("m,r\r\nfalse,axc\r\n", functions.body());
        HttpResponse<String> exists = csv("ASK { FILTER EXISTS { BIND(REGEX(\"" + as + "b\", \"^(.*a){11}c\") AS ?x) } }");
        assertEquals(200, exists.statusCode());
    }

    @Test
    void aPatternThatCannotRunIsA400() {
        HttpResponse<String> big = csv("SELECT ?x { BIND(REGEX('aaa', '((a{1000}){1000}){1000}') AS ?x) }");
        assertEquals(400, big.statusCode());
        assertTrue(big.body().contains("pattern too large"), big.body());
        HttpResponse<String> look = csv("SELECT ?x { BIND(REGEX('aaa', 'a(?=a)') AS ?x) }");
        assertEquals(400, look.statusCode());
    }

    @Test
    void aQueryTooDeepToPlanIsA400WithoutAStackTrace() {
        StringBuilder q = new StringBuilder("SELECT * { ");
        for (int i = 0; i < 3000; i++) q.append(i == 0 ? "" : " UNION ").append("{?s ?p ?o}");
        q.append(" } LIMIT 1");
        HttpResponse<String> r = served.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(served.url("/declkg/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(q.toString())).build());
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + " " + r.body());
        StringBuilder deep = new StringBuilder("SELECT * { ?s ?p ?o ");
        for (int i = 0; i < 1500; i++) deep.append("OPTIONAL { ?s ?p ?o").append(i).append(" } ");
        deep.append("} LIMIT 1");
        HttpResponse<String> d = served.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(served.url("/declkg/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(deep.toString())).build());
        assertFalse(d.statusCode() >= 500, d.statusCode() + " " + d.body());
    }
}
