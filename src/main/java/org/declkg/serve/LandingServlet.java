package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
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
    static final List<String> EXAMPLES = List.of("members", "condemned", "signed", "supporters", "state-acts", "wikidata-join", "label-lookup",
            "act-sentences");

    private final Describer describer;
    private final Links links;

    LandingServlet(Describer describer, String dataBase) {
        this.describer = describer;
        this.links = new Links(dataBase);
    }

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
                + "who condemns, supports, welcomes or signs what, each statement traceable to its sentence. "
                + "多边宣言知识图谱：每一项表态都可追溯到原文句子。</p>\n");
        b.append("<p class=\"counts\">");
        count(b, "declarations 宣言", "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a dk:Declaration } }");
        count(b, "statements 表态", "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a dk:Act } }");
        count(b, "events 事件", "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a dk:Event } }");
        count(b, "documents 文件", "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a dk:Document } }");
        count(b, "initiatives 倡议", "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a dk:Initiative } }");
        count(b, "states 国家", "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a dk:State } }");
        count(b, "triples 三元组", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        b.append("</p>\n<ul class=\"links\"><li><a href=\"/\">SPARQL query page 查询页面</a> (endpoint <code>/declkg/sparql</code>)</li>"
                + "<li><a href=\"/dumps/\">Downloads 数据下载</a> (Turtle, N-Triples, TriG, N-Quads, JSON-LD)</li>"
                + "<li><a href=\"/.well-known/void\">Dataset description</a> (VoID, DCAT)</li>"
                + "<li><a href=\"/ontology\">Ontology 本体</a></li></ul>\n");
        b.append("<h2>Declarations 宣言</h2>\n<ul class=\"declarations\">");
        for (QuerySolution q : describer.select(new ParameterizedSparqlString(Describer.PREFIXES + """
                SELECT ?d ?t ?date ?place WHERE { GRAPH ?g { ?d a dk:Declaration ; dcterms:title ?t
                  OPTIONAL { ?d dcterms:date ?date } OPTIONAL { ?d schema:location/rdfs:label ?place FILTER(lang(?place) = "zh") } } }
                ORDER BY DESC(?date) ?t LIMIT 500""")))
            b.append("<li>").append(links.a(q.getResource("d").getURI(), q.getLiteral("t").getString()))
                    .append(" <span class=\"meta\">").append(Html.esc(ActsHtml.text(q, "date"))).append(" ")
                    .append(Html.esc(ActsHtml.text(q, "place"))).append("</span></li>");
        b.append("</ul>\n<h2>Example queries 查询示例</h2>\n<p>Each runs with one click; the same text works on the "
                + "query page and at <code>/declkg/sparql</code>.</p>\n<ul class=\"examples\">");
        for (String name : EXAMPLES) {
            String sparql = URLEncoder.encode(query(name), StandardCharsets.UTF_8);
            b.append("<li><a href=\"/home?query=").append(name).append("\">").append(Html.esc(comment(query(name))))
                    .append("</a> <span class=\"meta\">as <a href=\"/declkg/sparql?output=csv&amp;query=").append(sparql)
                    .append("\">CSV</a> · <a href=\"/declkg/sparql?output=json&amp;query=").append(sparql)
                    .append("\">JSON</a></span></li>");
        }
        return b.append("</ul>").toString();
    }

    private String results(String name) {
        String q = query(name);
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(comment(q))).append("</h1>\n<pre>")
                .append(Html.esc(q)).append("</pre>\n");
        List<QuerySolution> rows = describer.select(new ParameterizedSparqlString(q));
        b.append("<p class=\"meta\">").append(rows.size()).append(" rows</p>\n<table class=\"results\">");
        if (!rows.isEmpty()) {
            List<String> vars = org.apache.jena.query.QueryFactory.create(q).getResultVars();
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
        if (n.isURIResource()) return links.a(n.asResource().getURI(), n.asResource().getURI());
        return "";
    }

    private void count(StringBuilder b, String what, String query) {
        b.append("<span><strong>").append(describer.count(query)).append("</strong> ").append(what).append("</span>");
    }

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
