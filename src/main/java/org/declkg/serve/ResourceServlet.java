package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * {@code /id/{kind}/{key}}: the data resource {@code {base}{kind}/{key}} as HTML or RDF by
 * {@code Accept} (200, no redirect), 404 when the store does not know it.
 */
final class ResourceServlet extends HttpServlet {
    static final String HTML = "text/html";
    private static final List<String> OFFERS = List.of("text/turtle", HTML, "application/ld+json",
            "application/n-triples", "application/rdf+xml", "application/trig");
    private static final AcceptList OFFERED = AcceptList.create(OFFERS.toArray(String[]::new));

    private final Describer describer;
    private final ResourcePages pages;
    private final String dataBase;

    ResourceServlet(Describer describer, ResourcePages pages, String dataBase) {
        this.describer = describer;
        this.pages = pages;
        this.dataBase = dataBase;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String path = req.getPathInfo();
        if (path == null || path.length() < 2 || !SafePaths.isSafe(req.getRequestURI()) || !SafePaths.isSafe(path)) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "not a resource path");
            return;
        }
        String iri = dataBase + path.substring(1);
        Model m = describer.describe(iri);
        if (m.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such resource: " + iri);
            return;
        }
        String type = choose(req.getHeader("Accept"));
        resp.setContentType(type);
        resp.setCharacterEncoding("UTF-8");
        if (type.equals(HTML)) {
            resp.getWriter().write(pages.page(iri, m));
            return;
        }
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, m, format(type));
        }
    }

    /** The best offer for an Accept header; Turtle when the client has no preference. */
    static String choose(String accept) {
        if (accept == null || accept.isBlank()) return OFFERS.get(0);
        MediaType best = AcceptList.match(AcceptList.create(accept), OFFERED);
        if (best == null) return OFFERS.get(0);
        String t = best.getContentTypeStr();
        return t.equals("*/*") ? OFFERS.get(0) : t;
    }

    static RDFFormat format(String type) {
        return switch (type) {
            case "application/ld+json" -> RDFFormat.JSONLD;
            case "application/n-triples" -> RDFFormat.NTRIPLES;
            case "application/rdf+xml" -> RDFFormat.RDFXML;
            case "application/trig" -> RDFFormat.TRIG;
            default -> RDFFormat.TURTLE;
        };
    }
}
