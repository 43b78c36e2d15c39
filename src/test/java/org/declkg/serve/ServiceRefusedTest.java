package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.declkg.ServedStore;
import org.junit.jupiter.api.Test;

/** SERVICE on the endpoint: refused, with a message that says why and how to federate instead; nothing is fetched. */
class ServiceRefusedTest {
    @Test
    void aFederatedQueryIsRefusedWithTheWayToRunIt() throws IOException {
        try (ServedStore served = ServedStore.seed()) {
            String federated = Files.readString(Path.of("src/main/resources/declkg/federated/wikidata-capitals.rq"), StandardCharsets.UTF_8);
            var r = served.query(federated, "application/sparql-results+json");
            assertEquals(422, r.statusCode());
            assertTrue(r.body().contains("SERVICE is switched off") && r.body().contains("arq.sparql"), r.body());
            assertFalse(r.body().contains("httpServiceAllowed"), "no Jena setting to look up");
            String toItself = "SELECT * WHERE { SERVICE <" + served.url("/declkg/sparql") + "> { ?s ?p ?o } } LIMIT 1";
            var own = served.query(toItself, "application/sparql-results+json");
            assertEquals(422, own.statusCode(), "not even to itself");
        }
    }
}
