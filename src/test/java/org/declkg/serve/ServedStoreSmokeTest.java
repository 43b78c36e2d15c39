package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declkg.ServedStore;
import org.junit.jupiter.api.Test;

class ServedStoreSmokeTest {
    @Test
    void answersPingAndAQuery() {
        try (ServedStore s = ServedStore.seed()) {
            assertTrue(s.server().port() > 0);
            assertEquals(200, s.get("/$/ping", "*/*").statusCode());
            var r = s.query("ASK { ?s a <https://w3id.org/declkg/ontology#Declaration> }", "application/sparql-results+json");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("true"), r.body());
        }
    }
}
