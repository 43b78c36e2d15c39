package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.declkg.rdf.Iris;

/**
 * {@code /home}: what the loaded declarations hold, where to query and download it, and the example
 * queries, each runnable with one click ({@code /home?query=NAME} shows its results as a table). The
 * counts speak of what the declarations mention, not of everything the knowledge base knows.
 */
final class LandingServlet extends HttpServlet {
    /** What is counted, each within the declarations' own graphs. */
    private static final String[][] COUNTS = {
            {"declarations 宣言", "?d a dk:Declaration . BIND(?d AS ?x)"},
            {"statements 表态", "?x a dk:Act"},
            {"organisations that speak 发表宣言的组织", "?d dk:organisation ?x"},
            {"states named 涉及的国家", "?x a dk:State"},
            {"events 事件", "?x a dk:Event"},
            {"documents 文件", "?x a dk:Document"},
            {"initiatives 倡议", "?x a dk:Initiative"},
            {"places 地点", "?x a dk:Place"}};

    private final Describer describer;
    private final Links links;

    LandingServlet(Describer describer, Iris iris) {
        this.describer = describer;
        this.links = new Links(iris);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("query");
        String body;
        try {
            if (name != null) {
                if (!ExampleQueries.NAMES.contains(name)) {
                    Html.error(req, resp, HttpServletResponse.SC_NOT_FOUND, "no such example query");
                    return;
                }
                body = results(name);
            } else {
                body = overview();
            }
        } catch (Describer.TooSlow e) {
            resp.setHeader("Retry-After", "30");
            Html.error(req, resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is too busy now: " + e.getMessage());
            return;
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
        for (String[] c : COUNTS)
            b.append("<span><strong>").append(describer.count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?d { "
                    + "?d a dk:Declaration . " + c[1] + " } }")).append("</strong> ").append(c[0]).append("</span>");
        b.append("</p>\n<p class=\"meta\">Counted in the declarations' graphs; the knowledge base behind them (every state, "
                + "organisation and membership it knows) is the graph <a href=\"/id/graph/world\">world</a>, and the dataset's "
                + "triple counts are in its <a href=\"/.well-known/void\">description</a>.</p>\n")
                .append("<ul class=\"links\"><li><a href=\"/\">SPARQL query page 查询页面</a> (endpoint <code>/declkg/sparql</code>)</li>"
                + "<li><a href=\"/dumps/\">Downloads 数据下载</a> (Turtle, N-Triples, TriG, N-Quads, JSON-LD)</li>"
                + "<li><a href=\"/.well-known/void\">Dataset description</a> (VoID, DCAT; cite it as <code>/id/dataset</code>)</li>"
                + "<li><a href=\"/ontology\">Ontology 本体</a></li></ul>\n");
        b.append("<h2>Declarations 宣言</h2>\n<ul class=\"declarations\">");
        for (QuerySolution q : describer.select(new ParameterizedSparqlString(Describer.PREFIXES + """
                SELECT ?d ?t ?date ?place WHERE { GRAPH ?d { ?d a dk:Declaration ; dcterms:title ?t
                  OPTIONAL { ?d dcterms:date ?date } OPTIONAL { ?d schema:location/rdfs:label ?place FILTER(lang(?place) = "zh") } } }
                ORDER BY DESC(?date) ?t LIMIT 500""")))
            b.append("<li>").append(links.a(q.getResource("d").getURI(), q.getLiteral("t").getString()))
                    .append(" <span class=\"meta\">").append(Html.esc(ActsHtml.lexical(q.get("date")))).append(" ")
                    .append(Html.esc(ActsHtml.lexical(q.get("place")))).append("</span></li>");
        b.append("</ul>\n<h2>Example queries 查询示例</h2>\n<p>Each runs with one click; the same text works on the "
                + "query page and at <code>/declkg/sparql</code>.</p>\n<ul class=\"examples\">");
        for (String name : ExampleQueries.NAMES) {
            String text = ExampleQueries.text(name);
            String sparql = URLEncoder.encode(text, StandardCharsets.UTF_8);
            b.append("<li><a href=\"/home?query=").append(name).append("\">").append(Html.esc(ExampleQueries.title(text)))
                    .append("</a> <span class=\"meta\">in the <a href=\"/?example=").append(name)
                    .append("\">editor</a> · as <a href=\"/declkg/sparql?output=csv&amp;query=").append(sparql)
                    .append("\">CSV</a> · <a href=\"/declkg/sparql?output=json&amp;query=").append(sparql)
                    .append("\">JSON</a></span></li>");
        }
        return b.append("</ul>").toString();
    }

    private String results(String name) {
        String q = ExampleQueries.text(name);
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(ExampleQueries.title(q))).append("</h1>\n<pre>")
                .append(Html.esc(q)).append("</pre>\n<p class=\"meta\"><a href=\"/?example=").append(name)
                .append("\">Edit it on the query page 在查询页面中编辑</a></p>\n");
        List<QuerySolution> rows = describer.select(new ParameterizedSparqlString(q));
        b.append("<p class=\"meta\">").append(rows.size()).append(" rows</p>\n<table class=\"results\">");
        if (!rows.isEmpty()) {
            List<String> vars = QueryFactory.create(q).getResultVars();
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
}
