package org.declkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/** declkg's own pages beside Fuseki's: resources, dumps, the dataset description, a landing page. */
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
        b.addServlet("/id/*", new ResourceServlet(describer, pages, config.dataBase()));
        b.addServlet("/dumps/*", new DumpServlet(config.dumpsDir()));
        b.addServlet("/.well-known/void", new DumpServlet.VoidServlet(config.dumpsDir()));
        b.addServlet("/static/*", new StaticServlet());
        b.addServlet("/home", new LandingServlet(describer));
    }
}
