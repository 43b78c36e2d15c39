package org.declkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.declkg.rdf.Vocab.PROV;
import org.junit.jupiter.api.Test;

/** The times of an extraction are written as TDB2 gives them back, so a stored graph is the graph written. */
class ProvenanceTest {
    @Test
    void timesAreCanonicalToTheMillisecondAndSurviveTheStore() {
        List<String> written = List.of("2025-09-01T08:00:00.430Z", "2025-09-01T08:00:00.400Z", "2025-09-01T08:00:00Z",
                "2025-09-01T08:00:20Z", "2025-09-01T08:00:00.431Z", "2025-09-01T08:00:00.431999Z");
        List<String> canonical = List.of("2025-09-01T08:00:00.43Z", "2025-09-01T08:00:00.4Z", "2025-09-01T08:00:00Z",
                "2025-09-01T08:00:20Z", "2025-09-01T08:00:00.431Z", "2025-09-01T08:00:00.431Z");
        Dataset tdb = TDB2Factory.createDataset();
        for (int i = 0; i < written.size(); i++) {
            Literal t = Provenance.time(Instant.parse(written.get(i)));
            assertEquals(canonical.get(i), t.getLexicalForm());
            String graph = "https://example.org/g" + i;
            Txn.executeWrite(tdb, () -> tdb.getNamedModel(graph).add(tdb.getNamedModel(graph).createResource("https://example.org/run"),
                    PROV.startedAtTime, t));
            Literal back = Txn.calculateRead(tdb, () -> {
                Model m = tdb.getNamedModel(graph);
                return m.listObjectsOfProperty(PROV.startedAtTime).next().asLiteral();
            });
            assertEquals(t, back, "the same term, lexical form included");
        }
    }
}
