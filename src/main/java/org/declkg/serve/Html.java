package org.declkg.serve;

import java.util.Map;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Prefixes;

/** Small helpers for the pages: escaping, short names, and the common frame (no external assets). */
final class Html {
    private Html() {}

    /** Text made safe for HTML content and attribute values. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code prefix:local} for an IRI in a known namespace (the data's under {@code iris}), else the IRI. */
    static String shortName(String iri, Iris iris) {
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, String> e : Prefixes.all(iris).entrySet())
            if (iri.startsWith(e.getValue()) && e.getValue().length() > bestLength) {
                best = e.getKey() + ":" + iri.substring(e.getValue().length());
                bestLength = e.getValue().length();
            }
        return best != null ? best : iri;
    }

    /**
     * An error answer that keeps the headers already set ({@code Vary}, unlike {@code sendError}), as
     * a short page for a browser and plain text for anything else.
     */
    static void error(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp, int status,
                      String message) throws java.io.IOException {
        resp.setStatus(status);
        resp.setCharacterEncoding("UTF-8");
        String accept = req.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            resp.setContentType("text/html");
            resp.getWriter().write(page(status + "", "<h1>" + status + "</h1>\n<p>" + esc(message) + "</p>"));
        } else {
            resp.setContentType("text/plain");
            resp.getWriter().write(message + "\n");
        }
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · declkg</title><link rel=\"stylesheet\" href=\"/assets/declkg.css\">"
                + "<link rel=\"stylesheet\" href=\"/assets/act-classes.css\"></head>"
                + "<body><header><a class=\"brand\" href=\"/home\">declkg</a>"
                + "<nav><a href=\"/\">SPARQL 查询</a><a href=\"/dumps/\">Downloads 下载</a>"
                + "<a href=\"/.well-known/void\">VoID</a><a href=\"/ontology\">Ontology 本体</a></nav></header><main>\n"
                + body + "\n</main><footer>declkg · data CC BY 4.0 · every statement links to the sentence it comes from"
                + "</footer></body></html>\n";
    }
}
