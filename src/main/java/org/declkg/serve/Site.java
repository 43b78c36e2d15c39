package org.declkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/**
 * declkg's own pages beside Fuseki's: resources, the ontology, dumps, the dataset description, a
 * landing page, and the union default graph for the graph store protocol.
 */
final class Site {
    private final Dataset dataset;
    private final ServerConfig config;

    Site(Dataset dataset, ServerConfig config) {
        this.dataset = dataset;
        this.config = config;
    }

    void register(FusekiServer.Builder b) {
        Describer describer = new Describer(dataset);
        ResourcePages pages = new ResourcePages(describer, config.dataBase());
        b.addFilter(DeclkgServer.DATASET + "/get", new UnionDefaultGraph());
        b.addServlet("/id/*", new ResourceServlet(describer, pages, config.dataBase()));
        b.addServlet("/ontology", new OntologyServlet(dataset));
        b.addServlet("/dumps/*", new DumpServlet(config.dumpsDir()));
        b.addServlet("/.well-known/void", new VoidServlet(config.dumpsDir()));
        b.addServlet("/assets/*", new StaticServlet()); // not /static/: the query page's own files live there
        b.addServlet("/home", new LandingServlet(describer, config.dataBase()));
    }
}
