package org.declkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * The six competency queries packaged with declkg (members; condemned events with dates; signed
 * documents; supporters of an initiative; acts of one state across declarations; label lookup), and
 * their right answers computed in-process from a store, for checking what a server returns.
 */
public final class CompetencyQueries {
    /** One named query. */
    public record Query(String name, String sparql) {}

    public static final List<String> NAMES =
            List.of("members", "condemned", "signed", "supporters", "state-acts", "label-lookup");

    private CompetencyQueries() {}

    public static List<Query> all() {
        List<Query> out = new ArrayList<>();
        for (String name : NAMES) {
            try (InputStream in = CompetencyQueries.class.getResourceAsStream("/declkg/queries/" + name + ".rq")) {
                if (in == null) throw new IllegalStateException("query " + name + ".rq is not packaged");
                out.add(new Query(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Each query's answer over {@code store} with the union of its graphs as the default graph, as declkg serves it. */
    public static Map<String, Answer> expected(Dataset store, List<Query> queries) {
        Map<String, Answer> out = new LinkedHashMap<>();
        Txn.executeRead(store, () -> {
            for (Query q : queries) {
                try (QueryExecution qe = QueryExecution.dataset(store).query(q.sparql())
                        .set(TDB2.symUnionDefaultGraph, true).build()) {
                    out.put(q.name(), Answer.of(qe.execSelect()));
                }
            }
        });
        return out;
    }
}
