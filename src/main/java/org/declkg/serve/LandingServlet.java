package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * {@code /home}: what the dataset holds, where to query and download it, and the example queries,
 * each runnable with one click ({@code /home?query=NAME} shows its results as a table).
 */
final class LandingServlet extends HttpServlet {
    static final List<String> EXAMPLES = List.of("members", "condemned", "signed", "supporters", "state-acts", "label-lookup");

    private final Describer describer;

    LandingServlet(Describer describer) { this.describer = describer; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("query");
        String body;
        if (name != null) {
            if (!EXAMPLES.contains(name)) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such example query");
                return;
            }
            body = results(name);
        } else {
            body = overview();
        }
        resp.setContentType("text/html");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(Html.page("declkg", body));
    }

    private String overview() {
        StringBuilder b = new StringBuilder("<h1>declkg</h1>\n<p>Multilateral declarations as a knowledge graph: "
                + "who condemns, supports, welcomes or signs what, each statement traceable to its sentence.</p>\n");
        b.append("<p class=\"counts\">");
        count(b, "declarations", "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a dk:Declaration } }");
        count(b, "statements", "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a dk:Act } }");
        count(b, "events", "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a dk:Event } }");
        count(b, "documents", "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a dk:Document } }");
        count(b, "initiatives", "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a dk:Initiative } }");
        count(b, "states", "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a dk:State } }");
        count(b, "quads", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        b.append("</p>\n<ul><li><a href=\"/\">SPARQL query page</a> (endpoint <code>/declkg/sparql</code>)</li>"
                + "<li><a href=\"/dumps/\">Downloads</a> (Turtle, N-Triples, TriG, JSON-LD)</li>"
                + "<li><a href=\"/.well-known/void\">Dataset description</a> (VoID, DCAT)</li></ul>\n");
        b.append("<h2>Declarations 宣言</h2>\n<ul>");
        for (QuerySolution q : describer.select(new ParameterizedSparqlString(PREFIXES
                + "SELECT ?d ?t WHERE { GRAPH ?g { ?d a dk:Declaration ; dcterms:title ?t } } ORDER BY ?t LIMIT 200")))
            b.append("<li><a href=\"").append(Html.esc(localPath(q.getResource("d").getURI()))).append("\">")
                    .append(Html.esc(q.getLiteral("t").getString())).append("</a></li>");
        b.append("</ul>\n<h2>Example queries 查询示例</h2>\n<ul>");
        for (String name : EXAMPLES)
            b.append("<li><a href=\"/home?query=").append(name).append("\">").append(Html.esc(comment(query(name))))
                    .append("</a></li>");
        return b.append("</ul>").toString();
    }

    private String results(String name) {
        String q = query(name);
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(comment(q))).append("</h1>\n<pre>")
                .append(Html.esc(q)).append("</pre>\n");
        List<QuerySolution> rows = describer.select(new ParameterizedSparqlString(q));
        b.append("<p class=\"meta\">").append(rows.size()).append(" rows</p>\n<table>");
        if (!rows.isEmpty()) {
            List<String> vars = new java.util.ArrayList<>();
            rows.get(0).varNames().forEachRemaining(vars::add);
            for (QuerySolution row : rows) for (var it = row.varNames(); it.hasNext(); ) {
                String v = it.next();
                if (!vars.contains(v)) vars.add(v);
            }
            b.append("<tr>");
            for (String v : vars) b.append("<th>").append(Html.esc(v)).append("</th>");
            b.append("</tr>\n");
            for (QuerySolution row : rows) {
                b.append("<tr>");
                for (String v : vars) b.append("<td>").append(cell(row.get(v))).append("</td>");
                b.append("</tr>\n");
            }
        }
        return b.append("</table>").toString();
    }

    private String cell(RDFNode n) {
        if (n == null) return "";
        if (n.isLiteral()) return Html.esc(n.asLiteral().getLexicalForm());
        if (n.isURIResource()) return "<a href=\"" + Html.esc(localPath(n.asResource().getURI())) + "\">"
                + Html.esc(n.asResource().getURI()) + "</a>";
        return "";
    }

    private String localPath(String iri) {
        String base = org.declkg.rdf.Iris.base();
        return iri.startsWith(base) ? "/id/" + iri.substring(base.length()) : iri;
    }

    private void count(StringBuilder b, String what, String query) {
        b.append("<span><strong>").append(describer.count(query)).append("</strong> ").append(what).append("</span>");
    }

    private static final String PREFIXES = "PREFIX dk: <https://w3id.org/declkg/ontology#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";

    /** An example query, packaged with declkg. */
    static String query(String name) {
        try (InputStream in = LandingServlet.class.getResourceAsStream("/declkg/queries/" + name + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String comment(String query) {
        String first = query.lines().findFirst().orElse("");
        return first.startsWith("#") ? first.substring(1).strip() : first;
    }
}
