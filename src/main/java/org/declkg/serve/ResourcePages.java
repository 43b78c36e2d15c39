package org.declkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.declkg.rdf.DK;
import org.declkg.rdf.Prefixes;

/** The HTML page of a resource: its properties and every statement it takes part in, with the sentence. */
final class ResourcePages {
    private static final List<String> ACT_ORDER = List.of("Signing", "Approval", "Adoption", "Issuance", "Condemnation",
            "Noting", "Welcoming", "Appreciation", "Support", "Opposition", "Call", "Reaffirmation");

    private final Describer describer;
    private final String dataBase;

    ResourcePages(Describer describer, String dataBase) {
        this.describer = describer;
        this.dataBase = dataBase;
    }

    String page(String iri, Model description) {
        Resource r = description.getResource(iri);
        String title = label(r);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(title)).append("</h1>\n");
        String en = langLabel(r, "en");
        if (en != null && !en.equals(title)) b.append("<p class=\"meta\">").append(Html.esc(en)).append("</p>\n");
        b.append("<p class=\"meta\"><code>").append(Html.esc(iri)).append("</code></p>\n");
        b.append(properties(r));
        if (r.hasProperty(RDF.type, DK.Declaration)) {
            b.append(actsByClass(describer.acts(iri, "declaration")));
        } else {
            if (r.hasProperty(RDF.type, DK.State)) b.append(memberships(iri));
            List<QuerySolution> about = describer.acts(iri, "object");
            if (!about.isEmpty()) b.append("<h2>Statements about it 相关表态</h2>\n").append(actList(about, true));
            List<QuerySolution> by = describer.acts(iri, "actor");
            if (!by.isEmpty()) b.append("<h2>Its statements 其表态</h2>\n").append(actList(by, true));
        }
        return Html.page(title, b.toString());
    }

    private String properties(Resource r) {
        StringBuilder b = new StringBuilder("<table>\n");
        List<Statement> sts = r.listProperties().toList();
        sts.sort((x, y) -> x.getPredicate().getURI().compareTo(y.getPredicate().getURI()));
        for (Statement s : sts) {
            if (s.getPredicate().equals(org.declkg.rdf.Vocab.NIF.isString)) continue;
            b.append("<tr><th>").append(Html.esc(shortName(s.getPredicate().getURI()))).append("</th><td>")
                    .append(node(s.getObject())).append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    private String memberships(String state) {
        List<QuerySolution> rows = describer.memberships(state);
        if (rows.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<h2>Memberships 成员身份</h2>\n<table>\n");
        for (QuerySolution q : rows) {
            b.append("<tr><td>").append(link(q.getResource("org").getURI(), text(q, "orgLabel")))
                    .append("</td><td>").append(Html.esc(text(q, "role")))
                    .append("</td><td>").append(Html.esc(text(q, "since"))).append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    private String actsByClass(List<QuerySolution> acts) {
        Map<String, List<QuerySolution>> groups = new LinkedHashMap<>();
        for (String c : ACT_ORDER) groups.put(c, new ArrayList<>());
        for (QuerySolution q : acts) {
            String cls = q.getResource("class").getLocalName();
            groups.computeIfAbsent(cls, k -> new ArrayList<>()).add(q);
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, List<QuerySolution>> g : groups.entrySet()) {
            if (g.getValue().isEmpty()) continue;
            b.append("<h2 id=\"").append(g.getKey()).append("\">").append(g.getKey()).append(" (")
                    .append(distinctActs(g.getValue())).append(")</h2>\n").append(actList(g.getValue(), false));
        }
        return b.toString();
    }

    private static long distinctActs(List<QuerySolution> rows) {
        return rows.stream().map(q -> q.getResource("act").getURI()).distinct().count();
    }

    /** One box per act: object, actors, and the sentence with the statement highlighted. */
    private String actList(List<QuerySolution> rows, boolean withDeclaration) {
        Map<String, List<QuerySolution>> byAct = new LinkedHashMap<>();
        for (QuerySolution q : rows) byAct.computeIfAbsent(q.getResource("act").getURI(), k -> new ArrayList<>()).add(q);
        StringBuilder b = new StringBuilder();
        for (List<QuerySolution> act : byAct.values()) {
            QuerySolution q = act.get(0);
            b.append("<div class=\"act\"><span class=\"what\">").append(Html.esc(q.getResource("class").getLocalName()))
                    .append("</span> ").append(link(q.getResource("object").getURI(), text(q, "objectLabel")));
            b.append(" <span class=\"meta\">by ");
            List<String> seen = new ArrayList<>();
            for (QuerySolution a : act) {
                String actor = a.getResource("actor").getURI();
                if (seen.contains(actor)) continue;
                seen.add(actor);
                b.append(link(actor, text(a, "actorLabel"))).append(" ");
            }
            b.append("</span>");
            if (withDeclaration)
                b.append("<div class=\"meta\">in ").append(link(q.getResource("decl").getURI(), text(q, "declTitle"))).append("</div>");
            b.append("<blockquote>").append(sentence(q.getLiteral("text").getString(), q.getLiteral("b").getInt(),
                    q.getLiteral("e").getInt())).append("</blockquote> ").append(link(q.getResource("act").getURI(), "act"))
                    .append("</div>\n");
        }
        return b.toString();
    }

    /** The sentence around [b, e) of the text, with [b, e) marked. */
    static String sentence(String text, int b, int e) {
        int from = b, to = e;
        while (from > 0 && "。！？\n".indexOf(text.charAt(from - 1)) < 0) from--;
        while (to < text.length() && "。！？\n".indexOf(text.charAt(to)) < 0) to++;
        if (to < text.length() && text.charAt(to) != '\n') to++;
        return Html.esc(text.substring(from, b)) + "<mark>" + Html.esc(text.substring(b, e)) + "</mark>"
                + Html.esc(text.substring(e, to));
    }

    private String node(RDFNode n) {
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            String lang = l.getLanguage().isEmpty() ? "" : " <span class=\"meta\">@" + Html.esc(l.getLanguage()) + "</span>";
            String s = l.getLexicalForm();
            return Html.esc(s.length() > 400 ? s.substring(0, 400) + "…" : s) + lang;
        }
        if (n.isURIResource()) return link(n.asResource().getURI(), labelOrNull(n.asResource()));
        return "_:b";
    }

    /** A link: data IRIs to their page on this server, others (Wikidata) as they are. */
    String link(String iri, String label) {
        String href = iri.startsWith(dataBase) ? "/id/" + iri.substring(dataBase.length()) : iri;
        String shown = label == null || label.isEmpty() ? shortName(iri) : label;
        return "<a href=\"" + Html.esc(href) + "\">" + Html.esc(shown) + "</a>";
    }

    private static String text(QuerySolution q, String var) {
        RDFNode n = q.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String label(Resource r) {
        String l = labelOrNull(r);
        return l != null ? l : shortName(r.getURI());
    }

    private static String labelOrNull(Resource r) {
        String zh = langLabel(r, "zh");
        if (zh != null) return zh;
        Statement t = r.getProperty(DCTerms.title);
        if (t != null) return t.getString();
        Statement l = r.getProperty(RDFS.label);
        return l != null ? l.getString() : null;
    }

    private static String langLabel(Resource r, String lang) {
        for (Statement s : r.listProperties(RDFS.label).toList())
            if (s.getObject().isLiteral() && lang.equals(s.getLanguage())) return s.getString();
        return null;
    }

    private static String shortName(String iri) {
        for (Map.Entry<String, String> e : Prefixes.all().entrySet())
            if (iri.startsWith(e.getValue())) return e.getKey() + ":" + iri.substring(e.getValue().length());
        return iri;
    }
}
