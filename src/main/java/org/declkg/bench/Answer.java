package org.declkg.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * A SELECT answer reduced to what must match: its variables and its rows, each row written out in
 * N-Triples terms (blank nodes as just "_:", their labels being local), rows sorted so that two right
 * answers compare equal whatever the order of ties.
 */
public record Answer(List<String> vars, List<String> rows) {
    public static Answer of(ResultSet rs) {
        List<String> vars = List.copyOf(rs.getResultVars());
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            StringBuilder b = new StringBuilder();
            for (String v : vars) b.append(term(s.get(v))).append('\t');
            rows.add(b.toString());
        }
        Collections.sort(rows);
        return new Answer(vars, List.copyOf(rows));
    }

    /** An answer in the SPARQL 1.1 Query Results JSON format. */
    public static Answer ofJson(String body) {
        return of(ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
    }

    public int size() { return rows.size(); }

    private static String term(RDFNode n) {
        if (n == null) return "-";
        return n.isAnon() ? "_:" : NodeFmtLib.strNT(n.asNode());
    }
}
