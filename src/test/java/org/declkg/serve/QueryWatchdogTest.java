package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.declkg.ServedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A worker stuck where Jena's cancellation cannot reach still gets its 503 at the deadline. The
 * stuck worker is a test function that spins for a few seconds, deaf to cancellation and interrupts.
 */
class QueryWatchdogTest {
    static final String SPIN = "urn:declkg:test:spin";
    private static ServedStore served;

    /** Busy for the given milliseconds, whatever happens around it. */
    public static final class Spin extends FunctionBase1 {
        @Override
        public NodeValue exec(NodeValue millis) {
            long end = System.nanoTime() + millis.getInteger().longValue() * 1_000_000;
            long n = 0;
            while (System.nanoTime() < end) n++;
            return NodeValue.makeInteger(n % 2);
        }
    }

    @BeforeAll
    static void start() {
        FunctionRegistry.get().put(SPIN, Spin.class); // before the server copies the registry
        served = ServedStore.seed(Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    @AfterAll
    static void stop() {
        served.close();
        FunctionRegistry.get().remove(SPIN);
    }

    @Test
    void aStuckSelectGets503AtTheFirstResultDeadline() {
        long start = System.nanoTime();
        HttpResponse<String> r = served.query("SELECT ?x { BIND(<" + SPIN + ">(6000) AS ?x) }", "text/csv");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains(QueryWatchdog.MESSAGE), r.body());
        assertTrue(millis >= 1000 && millis < 4000, "answered after " + millis + " ms, the deadline being 1 s + 1 s grace");
        assertEquals(200, served.query("ASK {}", "text/csv").statusCode(), "the server still answers");
    }

    @Test
    void aStuckConstructGets503AtTheTotalDeadline() {
        long start = System.nanoTime();
        HttpResponse<String> r = served.query("CONSTRUCT { <urn:a> <urn:b> ?x } { BIND(<" + SPIN + ">(8000) AS ?x) }",
                "application/n-triples");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(millis >= 3000 && millis < 7000, "answered after " + millis + " ms, the deadline being 3 s + 1 s grace");
    }

    @Test
    void aQuickQueryIsUntouched() {
        for (String q : List.of("SELECT (<" + SPIN + ">(10) AS ?x) {}", "CONSTRUCT { <urn:a> <urn:b> 1 } {}"))
            assertEquals(200, served.query(q, q.startsWith("SELECT") ? "text/csv" : "application/n-triples").statusCode(), q);
    }
}
