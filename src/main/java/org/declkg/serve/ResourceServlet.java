package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/**
 * {@code /id/{kind}/{key}}: the data resource {@code {base}{kind}/{key}} as HTML or RDF by
 * {@code Accept}, or by {@code ?format=ttl|jsonld|nt|rdf|trig|html} where a link cannot set a header.
 * The description is answered directly (200, {@code Vary: Accept}), not by a 303 redirect: the
 * {@code /id/} path is the only name the server has for the resource, and every answer says in its
 * {@code Link} header where the other formats are. 404 when the store does not know the IRI.
 */
final class ResourceServlet extends HttpServlet {
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
            Html.error(req, resp, HttpServletResponse.SC_BAD_REQUEST, "not a resource path");
            return;
        }
        String type = negotiate(req, resp, Negotiation.RESOURCE_OFFERS);
        if (type == null) return;
        String iri = dataBase + path.substring(1);
        Model m = describer.describe(iri);
        if (m.isEmpty()) {
            Html.error(req, resp, HttpServletResponse.SC_NOT_FOUND, "no such resource: " + iri);
            return;
        }
        send(resp, req.getRequestURI(), type, m, () -> pages.page(iri, m));
    }

    /**
     * The media type to answer with, from {@code ?format=} or else {@code Accept}; null after sending
     * 406 (nothing acceptable) or 400 (unknown format name).
     */
    static String negotiate(HttpServletRequest req, HttpServletResponse resp, List<String> offers) throws IOException {
        String format = req.getParameter("format");
        if (format != null) {
            String type = Negotiation.byExtension(format, offers);
            if (type == null) Html.error(req, resp, HttpServletResponse.SC_BAD_REQUEST, "unknown format; use one of "
                    + offers.stream().map(Negotiation::extension).toList());
            return type;
        }
        String type = Negotiation.choose(req.getHeader("Accept"), offers);
        if (type == null) Html.error(req, resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "offered: " + offers);
        return type;
    }

    /** The answer in the chosen type, with Link headers to the other formats of the same path. */
    static void send(HttpServletResponse resp, String path, String type, Model m, java.util.function.Supplier<String> html)
            throws IOException {
        StringBuilder links = new StringBuilder();
        for (String t : Negotiation.RESOURCE_OFFERS) {
            if (t.equals(type) || (t.equals(Negotiation.HTML) && html == null)) continue;
            if (links.length() > 0) links.append(", ");
            links.append('<').append(path).append("?format=").append(Negotiation.extension(t))
                    .append(">; rel=\"alternate\"; type=\"").append(t).append('"');
        }
        resp.setHeader("Link", links.toString());
        resp.setContentType(type);
        resp.setCharacterEncoding("UTF-8");
        if (type.equals(Negotiation.HTML)) {
            resp.getWriter().write(html.get());
            return;
        }
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, m, Negotiation.format(type));
        }
    }
}
