package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Prefixes;

/**
 * {@code /}: a SPARQL editor made for declkg, run by the browser against {@code /declkg/sparql}: the
 * declkg prefixes written at the top, the example queries to choose from, results as a table whose
 * data IRIs link to their pages here. It is YASQE and YASR, the editor and results table of Fuseki's
 * own UI, served from the jar; no other operation than a query is offered, since the server refuses
 * every other. {@code ?example=NAME} opens an example, {@code ?query=TEXT} a query of one's own.
 * Without JavaScript the page is a plain form that sends the query to the endpoint.
 */
final class QueryPageServlet extends HttpServlet {
    /** The prefixes written at the top of every query the page opens, in this order. */
    static final List<String> PREFIXES = List.of("dk", "dkid", "rdf", "rdfs", "owl", "xsd", "dcterms", "skos", "schema", "org",
            "prov", "nif", "wd");
    private static final Pattern PREFIX_LINE = Pattern.compile("(?im)^\\s*PREFIX\\s+([A-Za-z][\\w-]*)?:\\s*<[^>]*>\\s*\\n");

    private final Iris iris;

    QueryPageServlet(Iris iris) { this.iris = iris; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String example = req.getParameter("example");
        String own = req.getParameter("query");
        if (example != null && !ExampleQueries.NAMES.contains(example)) {
            Html.error(req, resp, HttpServletResponse.SC_NOT_FOUND, "no such example query; there are " + ExampleQueries.NAMES);
            return;
        }
        String initial = own != null ? own : editorText(ExampleQueries.text(example != null ? example : ExampleQueries.NAMES.get(0)));
        String selected = own != null ? "" : example != null ? example : ExampleQueries.NAMES.get(0);
        resp.setContentType("text/html");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(page(initial, selected));
    }

    private String page(String initial, String selected) {
        StringBuilder options = new StringBuilder("<option value=\"\">(your own query 自定义查询)</option>");
        JsonArray examples = new JsonArray();
        for (String name : ExampleQueries.NAMES) {
            String text = ExampleQueries.text(name);
            options.append("<option value=\"").append(name).append(name.equals(selected) ? "\" selected>" : "\">")
                    .append(Html.esc(ExampleQueries.title(text))).append("</option>");
            JsonObject e = new JsonObject();
            e.put("name", name);
            e.put("query", editorText(text));
            examples.add(e);
        }
        JsonObject prefixes = new JsonObject();
        prefixes().forEach(prefixes::put);
        JsonObject config = new JsonObject();
        config.put("endpoint", "/declkg/sparql");
        config.put("dataBase", iris.base());
        config.put("prefixes", prefixes);
        config.put("examples", examples);
        config.put("initial", initial);
        String json = config.toString().replace("</", "<\\/");
        String body = "<h1>SPARQL query 查询</h1>\n<p class=\"meta\">Read-only endpoint <code>/declkg/sparql</code>: the "
                + "default graph is the union of all graphs (<code>GRAPH ?g</code> picks one declaration); a query may take "
                + "10 s to its first result. Data IRIs in the results link to their pages here.</p>\n"
                + "<form id=\"query-form\" action=\"/declkg/sparql\" method=\"get\">\n"
                + "<p><label for=\"examples\">Example 示例</label> <select id=\"examples\">" + options + "</select></p>\n"
                + "<textarea id=\"query\" name=\"query\" rows=\"18\" spellcheck=\"false\">" + Html.esc(initial) + "</textarea>\n"
                + "<p class=\"plain\"><button type=\"submit\">Run 运行</button> <span class=\"meta\">(results as the endpoint "
                + "sends them)</span></p>\n</form>\n<div id=\"yasqe\"></div>\n<div id=\"yasr\"></div>\n"
                + "<script type=\"application/json\" id=\"declkg-query-config\">" + json + "</script>\n"
                + "<link rel=\"stylesheet\" href=\"/assets/yasqe.min.css\"><link rel=\"stylesheet\" href=\"/assets/yasr.min.css\">\n"
                + "<script src=\"/assets/yasqe.min.js\"></script><script src=\"/assets/yasr.min.js\"></script>"
                + "<script src=\"/assets/query.js\"></script>";
        return Html.page("SPARQL query", body);
    }

    /** The prefixes the page writes, with their namespaces. */
    private Map<String, String> prefixes() {
        Map<String, String> all = Prefixes.all(iris);
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : PREFIXES) out.put(p, all.get(p));
        return out;
    }

    /**
     * A query as the editor opens it: its comment line, the declkg prefixes, then its own prefixes
     * that are not among them, then its body.
     */
    String editorText(String query) {
        String comment = query.startsWith("#") ? query.lines().findFirst().orElse("") + "\n" : "";
        String rest = comment.isEmpty() ? query : query.substring(comment.length());
        StringBuilder own = new StringBuilder();
        Matcher m = PREFIX_LINE.matcher(rest);
        StringBuilder body = new StringBuilder();
        while (m.find()) {
            String p = m.group(1) == null ? "" : m.group(1);
            m.appendReplacement(body, "");
            if (!PREFIXES.contains(p)) own.append(m.group().strip()).append('\n');
        }
        m.appendTail(body);
        StringBuilder b = new StringBuilder(comment);
        for (Map.Entry<String, String> e : prefixes().entrySet())
            b.append("PREFIX ").append(e.getKey()).append(": ").append(" ".repeat(8 - e.getKey().length()))
                    .append('<').append(e.getValue()).append(">\n");
        return b.append(own).append(body.toString().stripLeading()).toString();
    }
}
