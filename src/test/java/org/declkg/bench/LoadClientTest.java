package org.declkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.declkg.ServedStore;
import org.declkg.bench.CompetencyQueries.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The load test with a small count: 8 clients, 500 of the competency queries in turn, against a real
 * declkg server on a free loopback port. Every request must be answered, and answered rightly (each
 * answer compared with the query run in-process on the same store). Speed is not asserted here;
 * {@code bench --http-load} prints it.
 */
class LoadClientTest {
    private static ServedStore served;
    private static List<Query> queries;
    private static Map<String, Answer> expected;

    @BeforeAll
    static void serve() {
        served = ServedStore.seed();
        queries = CompetencyQueries.all();
        expected = CompetencyQueries.expected(served.store().dataset(), queries);
    }

    @AfterAll
    static void stop() { served.close(); }

    @Test
    void fiveHundredMixedQueriesFromEightClientsAllAnsweredRightly() throws Exception {
        LoadClient client = new LoadClient(served.url("/declkg/sparql"), 8, Duration.ofSeconds(30), Duration.ofMinutes(5));
        LoadClient.Result r;
        try {
            r = client.run(queries, expected, 500);
        } finally {
            client.close();
        }
        assertEquals(500, r.sent());
        assertEquals(0, r.errors(), r.firstProblem());
        assertEquals(0, r.wrong(), r.firstProblem());
        assertFalse(r.stoppedAtDeadline());
        for (Query q : queries) assertTrue(r.latencies().get(q.name()).length >= 500 / queries.size(), q.name());
        Runtime rt = Runtime.getRuntime();
        System.out.printf("load test: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms, heap in use %d MiB%n", r.sent(),
                r.requestsPerSecond(), r.percentileMillis(null, 0.5), r.percentileMillis(null, 0.99),
                (rt.totalMemory() - rt.freeMemory()) / 1048576);
    }

    @Test
    void theSixQueriesHaveAnswersOnTheSeed() {
        assertEquals(CompetencyQueries.NAMES, List.copyOf(expected.keySet()));
        for (Map.Entry<String, Answer> e : expected.entrySet())
            assertTrue(e.getValue().size() > 0, e.getKey() + " has no answer on the seed, so checking it proves nothing");
    }

    @Test
    void aWrongAnswerIsCounted() throws Exception {
        Map<String, Answer> tampered = new LinkedHashMap<>(expected);
        Answer members = expected.get("members");
        tampered.put("members", new Answer(members.vars(), members.size() - 1, members.digest()));
        LoadClient client = new LoadClient(served.url("/declkg/sparql"), 2, Duration.ofSeconds(30), Duration.ofMinutes(1));
        try {
            LoadClient.Result r = client.run(queries, tampered, 12);
            assertEquals(2, r.wrong(), "members is asked 2 times in 12 requests over 6 queries");
            assertEquals(0, r.errors());
            assertTrue(r.firstProblem().startsWith("members: wrong answer"), r.firstProblem());
        } finally {
            client.close();
        }
    }

    @Test
    void refusesAnythingButLoopback() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoadClient("http://example.org/sparql", 1, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }
}
