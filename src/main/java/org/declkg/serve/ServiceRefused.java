package org.declkg.serve;

import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * SERVICE on declkg's endpoint: refused with a message that says why and where federation works.
 * The server answers from its own store and fetches nothing from elsewhere, so that no query can make
 * it a client of other hosts (or of itself); federated queries run over the dumps instead.
 */
final class ServiceRefused {
    static final String MESSAGE = "SERVICE is switched off on this endpoint: declkg answers from its own store and fetches "
            + "nothing from elsewhere. Run a federated query over the dumps instead, e.g. "
            + "java -cp declkg.jar arq.sparql --data all.ttl.gz --query query.rq (see the README, \"Federated queries\").";

    private ServiceRefused() {}

    /** Makes every SERVICE of a query on this dataset fail with {@link #MESSAGE}. */
    static void install(Context context) {
        ServiceExecutorRegistry refusing = new ServiceExecutorRegistry();
        refusing.addBulkLink((opService, input, execCxt, chain) -> { throw new QueryDeniedException(MESSAGE); });
        ServiceExecutorRegistry.set(context, refusing);
    }
}
