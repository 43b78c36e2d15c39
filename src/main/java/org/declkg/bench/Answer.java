package org.declkg.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * A SELECT answer reduced to what must match: its variables, its number of rows and a digest of the
 * rows, each written out in N-Triples terms (blank nodes as just "_:", their labels being local) and
 * sorted, so that two right answers compare equal whatever the order of ties. Small, however large
 * the answer.
 */
public record Answer(List<String> vars, int size, String digest) {
    public static Answer of(ResultSet rs) {
        List<String> vars = List.copyOf(rs.getResultVars());
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            StringBuilder b = new StringBuilder();
            for (String v : vars) b.append(term(s.get(v))).append('\t');
            rows.add(b.append('\n').toString());
        }
        Collections.sort(rows);
        MessageDigest d = sha256();
        for (String row : rows) d.update(row.getBytes(StandardCharsets.UTF_8));
        return new Answer(vars, rows.size(), HexFormat.of().formatHex(d.digest()));
    }

    /** An answer in the SPARQL 1.1 Query Results JSON format. */
    public static Answer ofJson(InputStream body) {
        return of(ResultSetMgr.read(body, ResultSetLang.RS_JSON));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String term(RDFNode n) {
        if (n == null) return "-";
        return n.isAnon() ? "_:" : NodeFmtLib.strNT(n.asNode());
    }
}
