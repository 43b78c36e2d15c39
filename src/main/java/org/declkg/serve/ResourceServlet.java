package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.declkg.knowledge.ActClasses;
import org.declkg.rdf.Iris;

/**
 * {@code /id/{kind}/{key}}: the data resource {@code {base}{kind}/{key}} as HTML or RDF by
 * {@code Accept}, or by {@code ?format=ttl|jsonld|nt|rdf|trig|nq|html} where a link cannot set a
 * header; {@code ?page=N} turns the pages of its lists of acts. Both are written from one
 * {@link Description}. The answer is direct (200, {@code Vary: Accept}), not a 303 redirect: the
 * {@code /id/} path is the only name the server has for the resource, and every answer says in its
 * {@code Link} header where the other formats are. {@code /id/dataset} is the dataset description.
 *
 * <p>404 when the store does not know the IRI (or the path cannot be a key), 400 for a bad page
 * number, 503 when the page cannot be built in time.
 */
final class ResourceServlet extends HttpServlet {
    /** What a key can be: unreserved characters, in one or more segments. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*");
    private static final int MAX_PAGE = 1_000_000;

    private final Describer describer;
    private final ResourcePages pages;
    private final VoidServlet dataset;
    private final Iris iris;

    ResourceServlet(Describer describer, ResourcePages pages, VoidServlet dataset, Iris iris) {
        this.describer = describer;
        this.pages = pages;
        this.dataset = dataset;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String path = req.getPathInfo();
        if (path == null || path.length() < 2 || !SafePaths.isSafe(req.getRequestURI()) || !SafePaths.isSafe(path)) {
            Html.error(req, resp, HttpServletResponse.SC_BAD_REQUEST, "not a resource path");
            return;
        }
        String key = path.substring(1);
        if (!KEY.matcher(key).matches()) {
            Html.error(req, resp, HttpServletResponse.SC_NOT_FOUND, "no such resource: no declkg key has these characters");
            return;
        }
        if (key.equals("dataset")) {
            dataset.doGet(req, resp);
            return;
        }
        Integer page = page(req.getParameter("page"));
        if (page == null) {
            Html.error(req, resp, HttpServletResponse.SC_BAD_REQUEST, "page must be a number from 1 to " + MAX_PAGE);
            return;
        }
        String type = Answers.negotiate(req, resp, Answers.RESOURCE_OFFERS);
        if (type == null) return;
        String iri = iris.base() + key;
        Description d;
        ActClasses classes;
        try {
            d = describer.describe(iri, page);
            classes = type.equals(Answers.HTML) ? describer.actClasses() : null;
        } catch (Describer.TooSlow e) {
            resp.setHeader("Retry-After", "30");
            Html.error(req, resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is too busy to describe " + iri
                    + " now: " + e.getMessage() + ". Try again shortly, or ask the SPARQL endpoint /declkg/sparql.");
            return;
        }
        if (d.isEmpty()) {
            Html.error(req, resp, HttpServletResponse.SC_NOT_FOUND, "no such resource: " + iri);
            return;
        }
        Answers.send(resp, req.getRequestURI(), type, iris, d.asDataset(), () -> pages.page(d, classes));
    }

    /** The page number asked for: 1 when none; null when it is not a number in range. */
    private static Integer page(String value) {
        if (value == null) return 1;
        if (!value.matches("[0-9]{1,7}")) return null;
        int n = Integer.parseInt(value);
        return n >= 1 && n <= MAX_PAGE ? n : null;
    }
}
