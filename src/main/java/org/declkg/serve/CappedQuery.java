package org.declkg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.declkg.serve.sparql.QueryBounds;

/**
 * Fuseki's SPARQL query operation with declkg's bounds on it. A query without a LIMIT, or with a
 * larger one, runs with {@code LIMIT maxRows}, and the response says so in the {@value #HEADER}
 * header. A query that calls a function this endpoint does not offer, has a constant regular
 * expression that cannot run, or is nested too deeply to plan is refused with 400 before it runs
 * (see {@link QueryBounds}). With the timeouts, this bounds what one request can cost a public
 * endpoint; the dumps are there for everything at once.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    static final String HEADER = "Declkg-Result-Limit";

    private final long maxRows;
    private final QueryBounds bounds;

    CappedQuery(long maxRows, QueryBounds bounds) {
        this.maxRows = maxRows;
        this.bounds = bounds;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        String refusal = bounds.refusal(query);
        if (refusal != null) ServletOps.errorBadRequest(refusal);
        // Fuseki builds a CONSTRUCT or DESCRIBE whole before sending it: its first result is its last.
        if (query.isConstructType() || query.isDescribeType()) QueryWatchdog.extendToTotal(action.getRequest());
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("the query is nested too deeply");
        }
    }

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
