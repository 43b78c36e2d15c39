package org.declkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.declkg.publish.DataFormat;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Prefixes;

/**
 * The answer of a page that is HTML for a browser and RDF for everything else: which type to send
 * ({@code ?format=} first, else {@code Accept}), and sending it with {@code Link} headers to the
 * other formats of the same path.
 */
final class Answers {
    static final String HTML = "text/html";

    /** What a resource offers: Turtle first (for clients that say nothing), then HTML and the other RDF formats. */
    static final List<String> RESOURCE_OFFERS = offers(true);

    /** The RDF-only offers (for things with no HTML page of their own). */
    static final List<String> RDF_OFFERS = offers(false);

    private Answers() {}

    private static List<String> offers(boolean html) {
        List<String> out = new ArrayList<>(List.of(DataFormat.TURTLE.mediaType()));
        if (html) out.add(HTML);
        for (DataFormat f : List.of(DataFormat.JSONLD, DataFormat.NTRIPLES, DataFormat.RDFXML, DataFormat.TRIG, DataFormat.NQUADS))
            out.add(f.mediaType());
        return List.copyOf(out);
    }

    /** The {@code ?format=} name of a media type. */
    static String formatName(String type) {
        if (type.equals(HTML)) return "html";
        return DataFormat.byMediaType(type).shortName();
    }

    /**
     * The media type to answer with, from {@code ?format=} or else {@code Accept}; null after sending
     * 406 (nothing acceptable) or 400 (unknown format name).
     */
    static String negotiate(HttpServletRequest req, HttpServletResponse resp, List<String> offers) throws IOException {
        String format = req.getParameter("format");
        if (format != null) {
            String type = offers.stream().filter(t -> formatName(t).equalsIgnoreCase(format)).findFirst().orElse(null);
            if (type == null) Html.error(req, resp, HttpServletResponse.SC_BAD_REQUEST, "unknown format; use one of "
                    + offers.stream().map(Answers::formatName).toList());
            return type;
        }
        String type = Negotiation.choose(req.getHeader("Accept"), offers);
        if (type == null) Html.error(req, resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "offered: " + offers);
        return type;
    }

    /** A graph as the answer: the page for HTML, else the graph in the chosen format (prefixes of {@code iris}). */
    static void send(HttpServletResponse resp, String path, String type, Iris iris, Model m, Supplier<String> html)
            throws IOException {
        Dataset ds = DatasetFactory.create(m);
        send(resp, path, type, iris, ds, html);
    }

    /**
     * A dataset as the answer: TriG and N-Quads keep its named graphs, the other RDF formats get the
     * union of its graphs; HTML gets the page.
     */
    static void send(HttpServletResponse resp, String path, String type, Iris iris, Dataset content, Supplier<String> html)
            throws IOException {
        StringBuilder links = new StringBuilder();
        for (String t : RESOURCE_OFFERS) {
            if (t.equals(type) || (t.equals(HTML) && html == null)) continue;
            if (links.length() > 0) links.append(", ");
            links.append('<').append(path).append("?format=").append(formatName(t))
                    .append(">; rel=\"alternate\"; type=\"").append(t).append('"');
        }
        resp.setHeader("Link", links.toString());
        resp.setContentType(type);
        resp.setCharacterEncoding("UTF-8");
        if (type.equals(HTML)) {
            resp.getWriter().write(html.get());
            return;
        }
        DataFormat format = DataFormat.byMediaType(type);
        try (OutputStream out = resp.getOutputStream()) {
            if (format.keepsGraphs()) {
                content.getPrefixMapping().setNsPrefixes(Prefixes.all(iris));
                RDFDataMgr.write(out, content, format.pretty());
            } else {
                RDFDataMgr.write(out, union(content, iris), format.pretty());
            }
        }
    }

    /** Every triple of a dataset's graphs, once. */
    static Model union(Dataset content, Iris iris) {
        Model all = ModelFactory.createDefaultModel();
        all.setNsPrefixes(Prefixes.all(iris));
        all.add(content.getDefaultModel());
        content.listModelNames().forEachRemaining(n -> all.add(content.getNamedModel(n)));
        return all;
    }
}
