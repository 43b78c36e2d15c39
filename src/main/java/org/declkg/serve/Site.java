package org.declkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/**
 * declkg's own pages beside Fuseki's endpoints: the query page, resources, the ontology, dumps, the
 * dataset description, an overview, and the union default graph for the graph store protocol.
 */
final class Site {
    private final Dataset dataset;
    private final ServerConfig config;

    Site(Dataset dataset, ServerConfig config) {
        this.dataset = dataset;
        this.config = config;
    }

    void register(FusekiServer.Builder b) {
        // A page has as long to be built as a query has to its first result.
        Describer describer = new Describer(dataset, config.iris(), config.firstResultTimeout());
        ResourcePages pages = new ResourcePages(config.iris());
        VoidServlet description = new VoidServlet(config.iris(), config.dumpsDir(), config.publicUrl());
        b.addFilter(DeclkgServer.DATASET + "/get", new UnionDefaultGraph());
        b.addServlet("/id/*", new ResourceServlet(describer, pages, description, config.iris()));
        b.addServlet("/ontology", new OntologyServlet(dataset, config.iris()));
        b.addServlet("/dumps/*", new DumpServlet(config.dumpsDir(), description));
        b.addServlet("/.well-known/void", description);
        b.addServlet("/assets/*", new StaticServlet());
        b.addServlet("/assets/act-classes.css", new ActColoursServlet(describer));
        b.addServlet("/home", new LandingServlet(describer, config.iris()));
        b.addServlet("", new QueryPageServlet(config.iris())); // "": the root only, not every path below it
    }
}
