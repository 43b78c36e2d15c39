package org.declkg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query operation with a cap on results: a query without a LIMIT, or with a larger
 * one, runs with {@code LIMIT maxRows}, and the response says so in the {@value #HEADER} header.
 * With the timeouts, this bounds what one request can cost a public endpoint; the dumps are there
 * for everything at once.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    static final String HEADER = "Declkg-Result-Limit";

    private final long maxRows;

    CappedQuery(long maxRows) { this.maxRows = maxRows; }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight() == null ? query : decided.getRight();
        if (maxRows <= 0 || q.isAskType() || (q.hasLimit() && q.getLimit() <= maxRows)) return decided;
        Query capped = q.cloneQuery();
        capped.setLimit(maxRows);
        action.setResponseHeader(HEADER, Long.toString(maxRows));
        return Pair.create(decided.getLeft(), capped);
    }
}
