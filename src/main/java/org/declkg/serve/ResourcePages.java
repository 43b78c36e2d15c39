package org.declkg.serve;

import org.apache.jena.vocabulary.ORG;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.declkg.rdf.DK;
import org.declkg.rdf.Vocab;

/**
 * The HTML page of a resource: its labels (Chinese, English where known), Wikidata links and
 * properties, and every statement it takes part in, each with its sentence.
 */
final class ResourcePages {
    /** Declaration → object links that the act sections already show, one per act class. */
    private static final Set<String> DIRECT = Set.of("signs", "approves", "adopts", "issues", "condemns", "notes",
            "welcomes", "appreciates", "supports", "opposes", "callsFor", "reaffirms");
    private static final int SHOWN_VALUES = 12;

    private final Describer describer;
    private final Links links;
    private final ActsHtml acts;
    private final ReadingView reading;

    ResourcePages(Describer describer, String dataBase) {
        this.describer = describer;
        this.links = new Links(dataBase);
        this.acts = new ActsHtml(links);
        this.reading = new ReadingView(describer, links);
    }

    String page(String iri, Model description) {
        Resource r = description.getResource(iri);
        String title = label(r);
        StringBuilder b = new StringBuilder(header(r, title));
        if (r.hasProperty(RDF.type, DK.Declaration)) {
            b.append(declarationFacts(r)).append("<details class=\"all\"><summary>All properties 全部属性</summary>")
                    .append(properties(r, true)).append("</details>\n").append(reading.html(iri));
            b.append("<h2>Statements 表态</h2>\n").append(acts.byClass(describer.acts(iri, Describer.Role.DECLARATION), false, ""));
        } else if (r.hasProperty(RDF.type, DK.Act)) {
            b.append(acts.box(describer.acts(iri, Describer.Role.SELF), true)).append(properties(r, false));
        } else {
            b.append(properties(r, false));
            if (r.hasProperty(RDF.type, DK.State)) b.append(memberships(iri, false));
            if (r.hasProperty(RDF.type, ORG.Organization) && !r.hasProperty(RDF.type, DK.MemberStates))
                b.append(memberships(iri, true));
            section(b, "Its statements 其表态", "by-", describer.acts(iri, Describer.Role.ACTOR));
            section(b, "Statements about it 相关表态", "about-", describer.acts(iri, Describer.Role.OBJECT));
            section(b, "Statements that mention it 提及它的表态", "mention-", describer.acts(iri, Describer.Role.MENTIONED));
            Statement text = r.getProperty(Vocab.NIF.isString);
            if (text != null)
                b.append("<details class=\"text\"><summary>Text 全文</summary><div class=\"fulltext\">")
                        .append(Html.esc(text.getString())).append("</div></details>\n").append(reading.ofText(iri));
        }
        return Html.page(title, b.toString());
    }

    private String header(Resource r, String title) {
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"sub\">");
        String en = langLabel(r, "en");
        if (en != null && !en.equals(title)) b.append("<span class=\"en\">").append(Html.esc(en)).append("</span> ");
        for (Statement t : r.listProperties(RDF.type).toList())
            if (t.getObject().isURIResource())
                b.append("<span class=\"kind\">").append(links.a(t.getResource().getURI(), labelOrNull(t.getResource())))
                        .append("</span> ");
        for (Statement s : r.listProperties(OWL.sameAs).toList())
            if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(Vocab.WD_NS))
                b.append("<a class=\"wikidata\" href=\"").append(Html.esc(s.getResource().getURI())).append("\">Wikidata ")
                        .append(Html.esc(s.getResource().getURI().substring(Vocab.WD_NS.length()))).append("</a> ");
        b.append("</p>\n<p class=\"meta\"><code>").append(Html.esc(r.getURI())).append("</code> · as ");
        String[][] formats = {{"ttl", "Turtle"}, {"jsonld", "JSON-LD"}, {"nt", "N-Triples"}, {"rdf", "RDF/XML"}};
        for (int i = 0; i < formats.length; i++)
            b.append(i == 0 ? "" : " · ").append("<a href=\"").append(Html.esc(links.href(r.getURI()))).append("?format=")
                    .append(formats[i][0]).append("\">").append(formats[i][1]).append("</a>");
        return b.append("</p>\n").toString();
    }

    /** Date, place, organisation and adopting body of a declaration, before anything else. */
    private String declarationFacts(Resource r) {
        StringBuilder b = new StringBuilder("<dl class=\"facts\">");
        fact(b, "Date 日期", r.getProperty(DCTerms.date));
        fact(b, "Place 地点", r.getProperty(Vocab.SCHEMA.location));
        fact(b, "Organisation 组织", r.getProperty(DK.organisation));
        fact(b, "Adopted by 通过机构", r.getProperty(DK.adoptedBy));
        return b.append("</dl>\n").toString();
    }

    private void fact(StringBuilder b, String name, Statement s) {
        if (s == null) return;
        b.append("<dt>").append(name).append("</dt><dd>").append(node(s.getObject())).append("</dd>");
    }

    private void section(StringBuilder b, String title, String idPrefix, List<QuerySolution> rows) {
        if (rows.isEmpty()) return;
        b.append("<h2>").append(title).append("</h2>\n").append(acts.byClass(rows, true, idPrefix));
    }

    /** Every property, one row per predicate; long lists folded; the declaration's direct links left to the acts. */
    private String properties(Resource r, boolean declaration) {
        Map<String, List<RDFNode>> byPredicate = new LinkedHashMap<>();
        List<Statement> sts = r.listProperties().toList();
        sts.sort((x, y) -> x.getPredicate().getURI().compareTo(y.getPredicate().getURI()));
        for (Statement s : sts) {
            String p = s.getPredicate().getURI();
            if (s.getPredicate().equals(Vocab.NIF.isString)) continue;
            if (declaration && p.startsWith(DK.NS) && DIRECT.contains(p.substring(DK.NS.length()))) continue;
            byPredicate.computeIfAbsent(p, k -> new ArrayList<>()).add(s.getObject());
        }
        StringBuilder b = new StringBuilder("<table class=\"props\">\n");
        for (Map.Entry<String, List<RDFNode>> e : byPredicate.entrySet()) {
            b.append("<tr><th>").append(links.a(e.getKey(), Html.shortName(e.getKey()))).append("</th><td>");
            List<String> values = e.getValue().stream().map(this::node).sorted().toList();
            if (values.size() > SHOWN_VALUES) b.append("<details><summary>").append(values.size()).append(" values</summary>");
            b.append(String.join("<br>", values));
            if (values.size() > SHOWN_VALUES) b.append("</details>");
            b.append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    private String memberships(String iri, boolean ofOrganisation) {
        List<QuerySolution> rows = describer.memberships(iri, ofOrganisation);
        if (rows.isEmpty()) return "";
        StringBuilder b = new StringBuilder(ofOrganisation ? "<h2>Members 成员</h2>\n" : "<h2>Memberships 成员身份</h2>\n")
                .append("<table class=\"members\">\n");
        for (QuerySolution q : rows) {
            String other = ofOrganisation ? "state" : "org";
            b.append("<tr><td>").append(links.a(q.getResource(other).getURI(), ActsHtml.text(q, other + "Label")))
                    .append("</td><td>").append(Html.esc(ActsHtml.text(q, "role")))
                    .append("</td><td>").append(Html.esc(ActsHtml.text(q, "since"))).append("</td><td>");
            if (ofOrganisation && q.contains("wikidata")) b.append(links.a(q.getResource("wikidata").getURI(), null));
            b.append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    private String node(RDFNode n) {
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            String lang = l.getLanguage().isEmpty() ? "" : " <span class=\"lang\">" + Html.esc(l.getLanguage()) + "</span>";
            String s = l.getLexicalForm();
            return Html.esc(s.length() > 400 ? s.substring(0, 400) + "…" : s) + lang;
        }
        if (!n.isURIResource()) return "_:b";
        Resource r = n.asResource();
        String zh = labelOrNull(r), en = langLabel(r, "en");
        return links.a(r.getURI(), zh) + (en != null && !en.equals(zh) ? " <span class=\"en\">" + Html.esc(en) + "</span>" : "");
    }

    private static String label(Resource r) {
        String l = labelOrNull(r);
        return l != null ? l : Html.shortName(r.getURI());
    }

    /** The Chinese label, else a title, else any label or preferred label. */
    private static String labelOrNull(Resource r) {
        String zh = langLabel(r, "zh");
        if (zh != null) return zh;
        Statement t = r.getProperty(DCTerms.title);
        if (t != null) return t.getString();
        Statement l = r.getProperty(RDFS.label);
        if (l != null) return l.getString();
        Statement p = r.getProperty(SKOS.prefLabel);
        return p != null ? p.getString() : null;
    }

    private static String langLabel(Resource r, String lang) {
        for (Statement s : r.listProperties(RDFS.label).toList())
            if (s.getObject().isLiteral() && lang.equals(s.getLanguage())) return s.getString();
        for (Statement s : r.listProperties(SKOS.prefLabel).toList())
            if (s.getObject().isLiteral() && lang.equals(s.getLanguage())) return s.getString();
        return null;
    }
}
