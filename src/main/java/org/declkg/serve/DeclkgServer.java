package org.declkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.declkg.serve.sparql.QueryBounds;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The read-only HTTP face of a declkg store: Fuseki's SPARQL query and graph-store read endpoints
 * at {@code /declkg}, and declkg's own query page at {@code /}, resource pages, dumps and dataset
 * description beside them. Nothing here writes.
 */
public final class DeclkgServer implements AutoCloseable {
    public static final String DATASET = "/declkg";

    private final FusekiServer fuseki;

    private DeclkgServer(FusekiServer fuseki) { this.fuseki = fuseki; }

    public static DeclkgServer start(Dataset dataset, ServerConfig config) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        // Queries see the union of all graphs as their default graph, and stop when they take too long.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout,
                config.firstResultTimeout().toMillis() + "," + config.totalTimeout().toMillis());
        // No expression can escape the timeouts, no function sleeps or loads classes, no SERVICE.
        QueryBounds bounds = new QueryBounds();
        bounds.applyTo(dsg.getContext());
        ServiceRefused.install(dsg.getContext()); // and a SERVICE is told why, and where federation works
        Site site = new Site(dataset, config);
        FusekiServer.Builder b = FusekiServer.create()
                .port(config.port())
                .numServerThreads(JettyLimits.MIN_THREADS, JettyLimits.MAX_THREADS)
                .fusekiModules(FusekiModules.empty()) // no admin module: nothing can add, drop or write
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                        new CappedQuery(config.maxRows(), bounds))
                .add(DATASET, dsg, false)
                .enablePing(true)
                .enableStats(true)
                .addFilter("/*", new RequestLimits())
                .addFilter("/*", new SecurityHeaders())
                .addFilter("/*", new Cors())
                .addFilter(DATASET + "/*", new NoStylesheet()) // "/declkg/*" covers "/declkg" as well
                .addFilter(DATASET + "/*", new QueryWatchdog(config.firstResultTimeout(), config.totalTimeout()))
                .addServlet("/$/server", new ServerInfoServlet(false))
                .addServlet("/$/datasets/*", new ServerInfoServlet(true));
        site.register(b);
        FusekiServer server = b.build();
        JettyLimits.apply(server.getJettyServer(), config.host());
        server.start();
        return new DeclkgServer(server);
    }

    public int port() { return fuseki.getHttpPort(); }

    /** The address the server listens on, as Jetty bound it. */
    public String boundHost() {
        for (Connector c : fuseki.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc) return sc.getHost();
        return null;
    }

    public void join() { fuseki.join(); }

    @Override
    public void close() { fuseki.stop(); }
}
