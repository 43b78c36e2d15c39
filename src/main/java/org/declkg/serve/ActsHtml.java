package org.declkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Acts as HTML: grouped by act class, each with its object, its actors, its declaration, and the
 * sentence it comes from with the statement's own span marked.
 */
final class ActsHtml {
    /** The act classes in the order a reader expects them: what was done at the meeting first. */
    static final List<String> ORDER = List.of("Signing", "Approval", "Adoption", "Issuance", "Condemnation", "Noting",
            "Welcoming", "Appreciation", "Support", "Opposition", "Call", "Reaffirmation");
    private static final String SENTENCE_END = "。！？；\n";

    private final Links links;

    ActsHtml(Links links) { this.links = links; }

    /** A table of contents, then one section per act class. */
    String byClass(List<QuerySolution> rows, boolean withDeclaration, String idPrefix) {
        Map<String, Map<String, List<QuerySolution>>> groups = new LinkedHashMap<>();
        for (String c : ORDER) groups.put(c, new LinkedHashMap<>());
        for (QuerySolution q : rows)
            groups.computeIfAbsent(q.getResource("class").getLocalName(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(q.getResource("act").getURI(), k -> new ArrayList<>()).add(q);
        StringBuilder toc = new StringBuilder("<p class=\"toc\">");
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Map<String, List<QuerySolution>>> g : groups.entrySet()) {
            if (g.getValue().isEmpty()) continue;
            QuerySolution first = g.getValue().values().iterator().next().get(0);
            String id = Html.esc(idPrefix + g.getKey());
            String title = text(first, "classZh") + " " + (first.contains("classEn") ? text(first, "classEn") : g.getKey());
            toc.append("<a href=\"#").append(id).append("\">").append(Html.esc(title)).append(" <span class=\"n\">")
                    .append(g.getValue().size()).append("</span></a> ");
            b.append("<section class=\"acts\" id=\"").append(id).append("\" data-class=\"").append(Html.esc(g.getKey()))
                    .append("\"><h3>").append(Html.esc(title)).append(" <span class=\"n\">").append(g.getValue().size())
                    .append("</span></h3>\n");
            for (List<QuerySolution> act : g.getValue().values()) b.append(box(act, withDeclaration));
            b.append("</section>\n");
        }
        return toc.append("</p>\n").append(b).toString();
    }

    /** One act: its class, object and actors, the declaration when asked, and its sentence. */
    String box(List<QuerySolution> act, boolean withDeclaration) {
        QuerySolution q = act.get(0);
        StringBuilder b = new StringBuilder("<div class=\"act\" data-act=\"").append(Html.esc(q.getResource("act").getURI()))
                .append("\"><div class=\"head\"><span class=\"what\">").append(Html.esc(text(q, "classZh"))).append("</span> ")
                .append("<span class=\"object\">").append(links.a(q.getResource("object").getURI(), text(q, "objectLabel")))
                .append("</span></div>\n<div class=\"meta\">by ");
        List<String> seen = new ArrayList<>();
        for (QuerySolution a : act) {
            String actor = a.getResource("actor").getURI();
            if (seen.contains(actor)) continue;
            if (!seen.isEmpty()) b.append(", ");
            seen.add(actor);
            b.append(links.a(actor, text(a, "actorLabel")));
        }
        if (withDeclaration) b.append(" · in ").append(links.a(q.getResource("decl").getURI(), text(q, "declTitle")));
        b.append(" · ").append(links.a(q.getResource("act").getURI(), "statement ↗")).append("</div>\n<blockquote>")
                .append(sentence(q.getLiteral("text").getString(), q.getLiteral("b").getInt(), q.getLiteral("e").getInt()))
                .append("</blockquote></div>\n");
        return b.toString();
    }

    /** The sentence around [b, e) of the text (offsets in code points, as NIF counts), with [b, e) marked; everything escaped. */
    static String sentence(String text, int cb, int ce) {
        int points = text.codePointCount(0, text.length());
        if (cb < 0 || ce > points || cb > ce) return Html.esc(text.substring(0, Math.min(200, text.length())));
        int b = text.offsetByCodePoints(0, cb), e = text.offsetByCodePoints(b, ce - cb);
        int from = b, to = e;
        while (from > 0 && SENTENCE_END.indexOf(text.charAt(from - 1)) < 0) from--;
        while (to < text.length() && SENTENCE_END.indexOf(text.charAt(to)) < 0) to++;
        if (to < text.length() && text.charAt(to) != '\n') to++;
        return Html.esc(text.substring(from, b)) + "<mark>" + Html.esc(text.substring(b, e)) + "</mark>"
                + Html.esc(text.substring(e, to));
    }

    static String text(QuerySolution q, String var) {
        RDFNode n = q.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
