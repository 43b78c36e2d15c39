package org.declkg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.declkg.knowledge.ActClasses;
import org.declkg.publish.DataFormat;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Vocab;

/**
 * The HTML page of a resource, written from its {@link Description} and nothing else, so that every
 * link on it is a triple of the resource's RDF: its names (Chinese, English where known), kinds,
 * Wikidata links and properties, its memberships, the acts it takes part in (a page at a time), and
 * what else links to it.
 */
final class ResourcePages {
    private static final int SHOWN_VALUES = 12;
    private static final List<DataFormat> FORMATS = List.of(DataFormat.TURTLE, DataFormat.JSONLD, DataFormat.NTRIPLES,
            DataFormat.RDFXML, DataFormat.TRIG);
    /** Links to a resource that the page already shows in its own way. */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of(ORG.member.getURI(), ORG.organization.getURI(),
            Hydra.member.getURI());

    private final Links links;
    private final ActsHtml acts;
    private final ReadingView reading;

    ResourcePages(Iris iris) {
        this.links = new Links(iris);
        this.acts = new ActsHtml(links);
        this.reading = new ReadingView(links);
    }

    String page(Description d, ActClasses classes) {
        Resource r = d.resource();
        Model m = d.model();
        String title = title(r);
        StringBuilder b = new StringBuilder(header(d, title));
        if (r.hasProperty(RDF.type, DK.Declaration)) {
            b.append(declarationFacts(r)).append(reading.html(m, r.getURI(), classes)).append("<h2>Statements 表态</h2>\n")
                    .append(acts.byClass(m, ActsHtml.ofDeclaration(m, r), classes, false, ""))
                    .append("<details class=\"all\"><summary>All properties 全部属性</summary>")
                    .append(properties(r, directProperties(classes))).append("</details>\n");
        } else if (r.hasProperty(RDF.type, DK.Act)) {
            b.append(acts.box(r, true)).append(properties(r, Set.of()));
        } else if (r.hasProperty(RDF.type, Vocab.NIF.String)) {
            b.append("<blockquote class=\"span\">").append(ActsHtml.spanText(r)).append("</blockquote>\n").append(properties(r, Set.of()));
        } else if (d.namedGraph() != null) {
            b.append(graphSummary(d));
        } else {
            b.append(properties(r, Set.of()));
            if (r.hasProperty(RDF.type, DK.State)) b.append(memberships(r, false));
            if (r.hasProperty(RDF.type, ORG.Organization) && !r.hasProperty(RDF.type, DK.MemberStates))
                b.append(memberships(r, true));
            for (Description.Listing l : d.listings().values()) b.append(listing(d, l, classes));
        }
        b.append(incoming(r));
        Statement text = r.getProperty(Vocab.NIF.isString);
        if (text != null)
            b.append("<details class=\"text\" open><summary>Text 全文</summary><div class=\"fulltext\">")
                    .append(Html.esc(text.getString())).append("</div></details>\n");
        return Html.page(title, b.toString());
    }

    /** What the page is called: a title or label, or for things without one, what they are. */
    private String title(Resource r) {
        if (r.hasProperty(RDF.type, DK.Act)) {
            Resource cls = ActsHtml.actClass(r);
            Resource object = r.getPropertyResourceValue(DK.object);
            return (cls == null ? "Statement 表态" : ActsHtml.className(cls)) + ": " + (object == null ? "" : name(object));
        }
        if (r.hasProperty(RDF.type, Vocab.NIF.String)) {
            Statement anchor = r.getProperty(Vocab.NIF.anchorOf);
            String a = anchor == null ? "" : Labels.text(anchor.getLiteral(), 40);
            return "“" + a + "”";
        }
        if (r.hasProperty(RDF.type, Vocab.NIF.Context)) {
            Resource declaration = declarationOf(r);
            return "Text 全文" + (declaration == null ? "" : ": " + name(declaration));
        }
        if (r.hasProperty(RDF.type, ORG.Membership)) {
            Resource state = r.getPropertyResourceValue(ORG.member), org = r.getPropertyResourceValue(ORG.organization);
            Resource role = r.getPropertyResourceValue(ORG.role);
            return (state == null ? "" : name(state)) + " · " + (org == null ? "" : name(org)) + (role == null ? "" : " · " + name(role));
        }
        String best = Labels.best(r);
        if (best != null) return best;
        String kind = links.iris().kind(r.getURI());
        if (kind.equals("graph")) return "Named graph 命名图: " + r.getURI().substring(r.getURI().lastIndexOf('/') + 1);
        return r.getURI().substring(r.getURI().lastIndexOf('/') + 1);
    }

    private static String name(Resource r) {
        String best = Labels.best(r);
        return best != null ? best : r.getURI().substring(r.getURI().lastIndexOf('/') + 1);
    }

    private static Resource declarationOf(Resource context) {
        for (Resource s : context.getModel().listSubjectsWithProperty(Vocab.PROV.wasDerivedFrom, context).toList())
            if (s.hasProperty(RDF.type, DK.Declaration)) return s;
        return null;
    }

    private String header(Description d, String title) {
        Resource r = d.resource();
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"sub\">");
        String en = Labels.lang(r, "en");
        if (en != null && !en.equals(title)) b.append("<span class=\"en\">").append(Html.esc(en)).append("</span> ");
        for (Statement t : r.listProperties(RDF.type).toList())
            if (t.getObject().isURIResource())
                b.append("<span class=\"kind\">").append(links.a(t.getResource().getURI(), kindName(t.getResource()))).append("</span> ");
        for (Statement s : r.listProperties(OWL.sameAs).toList())
            if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(Vocab.WD_NS))
                b.append("<a class=\"wikidata\" href=\"").append(Html.esc(s.getResource().getURI())).append("\">Wikidata ")
                        .append(Html.esc(s.getResource().getURI().substring(Vocab.WD_NS.length()))).append("</a> ");
        b.append("</p>\n<p class=\"meta\"><code>").append(Html.esc(r.getURI())).append("</code>");
        if (d.namedGraph() != null)
            b.append("<br>Its named graph 命名图, ").append(d.namedGraph().size()).append(" triples, as ");
        else b.append(" · as ");
        String here = links.href(r.getURI());
        for (int i = 0; i < FORMATS.size(); i++)
            b.append(i == 0 ? "" : " · ").append("<a href=\"").append(Html.esc(here)).append("?format=")
                    .append(FORMATS.get(i).shortName()).append("\">").append(FORMATS.get(i).label()).append("</a>");
        return b.append("</p>\n").toString();
    }

    private static String kindName(Resource cls) {
        String name = Labels.term(cls);
        return name != null ? name : cls.getLocalName();
    }

    /** Date, place, organisation and adopting body of a declaration, before anything else. */
    private String declarationFacts(Resource r) {
        StringBuilder b = new StringBuilder("<dl class=\"facts\">");
        fact(b, "Date 日期", r.getProperty(DCTerms.date));
        fact(b, "Place 地点", r.getProperty(Vocab.SCHEMA.location));
        fact(b, "Organisation 组织", r.getProperty(DK.organisation));
        fact(b, "Adopted by 通过机构", r.getProperty(DK.adoptedBy));
        fact(b, "Text 全文", r.getProperty(Vocab.PROV.wasDerivedFrom));
        return b.append("</dl>\n").toString();
    }

    private void fact(StringBuilder b, String name, Statement s) {
        if (s == null) return;
        b.append("<dt>").append(name).append("</dt><dd>").append(node(s.getObject())).append("</dd>");
    }

    /** The declaration → object properties of the act classes: the act sections show them. */
    private static Set<String> directProperties(ActClasses classes) {
        Set<String> out = new java.util.HashSet<>();
        for (ActClasses.ActClass c : classes.all()) out.add(c.direct().getURI());
        return out;
    }

    /** Every property, one row per predicate under its readable name; long lists folded. */
    private String properties(Resource r, Set<String> skip) {
        Map<Resource, List<RDFNode>> byPredicate = new TreeMap<>(Comparator.comparing(Resource::getURI));
        for (Statement s : r.listProperties().toList()) {
            String p = s.getPredicate().getURI();
            if (s.getPredicate().equals(Vocab.NIF.isString) || skip.contains(p) || p.startsWith(Hydra.NS)) continue;
            byPredicate.computeIfAbsent(r.getModel().getResource(p), k -> new ArrayList<>()).add(s.getObject());
        }
        if (byPredicate.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<table class=\"props\">\n");
        for (Map.Entry<Resource, List<RDFNode>> e : byPredicate.entrySet())
            row(b, e.getKey(), e.getValue().stream().map(this::node).sorted().toList());
        return b.append("</table>\n").toString();
    }

    private void row(StringBuilder b, Resource predicate, List<String> values) {
        b.append("<tr><th>").append(propertyName(predicate)).append("</th><td>");
        if (values.size() > SHOWN_VALUES) b.append("<details><summary>").append(values.size()).append(" values</summary>");
        b.append(String.join("<br>", values));
        if (values.size() > SHOWN_VALUES) b.append("</details>");
        b.append("</td></tr>\n");
    }

    /** A property's readable name, linked to its definition, with its short name on hover. */
    private String propertyName(Resource p) {
        String name = Labels.term(p);
        String shortName = Html.shortName(p.getURI(), links.iris());
        return "<a href=\"" + Html.esc(links.href(p.getURI())) + "\" title=\"" + Html.esc(shortName) + "\">"
                + Html.esc(name != null ? name : shortName) + "</a>";
    }

    /** Triples of other resources that point to this one, by property, except those the page shows otherwise. */
    private String incoming(Resource r) {
        Map<Resource, List<RDFNode>> byPredicate = new TreeMap<>(Comparator.comparing(Resource::getURI));
        for (Statement s : r.getModel().listStatements(null, null, r).toList()) {
            if (SHOWN_ELSEWHERE.contains(s.getPredicate().getURI()) || s.getSubject().getURI() == null) continue;
            if (s.getSubject().hasProperty(RDF.type, DK.Act) && ActsHtml.actClass(s.getSubject()) != null
                    && !s.getPredicate().equals(Vocab.PROV.wasDerivedFrom)) continue;
            byPredicate.computeIfAbsent(r.getModel().getResource(s.getPredicate().getURI()), k -> new ArrayList<>()).add(s.getSubject());
        }
        if (byPredicate.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<h2>Linked from 被引用</h2>\n<table class=\"props incoming\">\n");
        for (Map.Entry<Resource, List<RDFNode>> e : byPredicate.entrySet())
            row(b, e.getKey(), e.getValue().stream().map(this::node).sorted().toList());
        return b.append("</table>\n").toString();
    }

    /** A state's memberships, or an organisation's members: with role, since when, and Wikidata. */
    private String memberships(Resource r, boolean ofOrganisation) {
        Model m = r.getModel();
        List<Resource> rows = m.listSubjectsWithProperty(ofOrganisation ? ORG.organization : ORG.member, r)
                .filterKeep(x -> x.hasProperty(RDF.type, ORG.Membership)).toList();
        if (rows.isEmpty()) return "";
        rows.sort(Comparator.comparing((Resource x) -> since(x).isEmpty() ? "9999" : since(x))
                .thenComparing(x -> String.valueOf(Labels.best(other(x, ofOrganisation)))));
        StringBuilder b = new StringBuilder(ofOrganisation ? "<h2>Members 成员</h2>\n" : "<h2>Memberships 成员身份</h2>\n")
                .append("<table class=\"members\">\n<tr><th>").append(ofOrganisation ? "State 国家" : "Organisation 组织")
                .append("</th><th>Role 身份</th><th>Since 起始</th><th>").append(ofOrganisation ? "Wikidata" : "")
                .append("</th><th></th></tr>\n");
        for (Resource row : rows) {
            Resource other = other(row, ofOrganisation);
            Resource role = row.getPropertyResourceValue(ORG.role);
            b.append("<tr><td>").append(other == null ? "" : links.a(other.getURI(), Labels.best(other)))
                    .append("</td><td>").append(role == null ? "" : Html.esc(String.valueOf(Labels.best(role))))
                    .append("</td><td>").append(Html.esc(since(row))).append("</td><td>");
            if (ofOrganisation && other != null)
                for (Statement s : other.listProperties(OWL.sameAs).toList())
                    if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(Vocab.WD_NS))
                        b.append(links.a(s.getResource().getURI(), null));
            b.append("</td><td>").append(links.a(row.getURI(), "membership ↗")).append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    private static Resource other(Resource membership, boolean ofOrganisation) {
        return membership.getPropertyResourceValue(ofOrganisation ? ORG.member : ORG.organization);
    }

    private static String since(Resource membership) {
        Statement s = membership.getProperty(Vocab.SCHEMA.startDate);
        return s == null ? "" : s.getLiteral().getLexicalForm();
    }

    /** One list of acts: its size, this page of it, links to the pages around, and the query that lists them all. */
    private String listing(Description d, Description.Listing l, ActClasses classes) {
        if (l.total() == 0) return "";
        Describer.Role role = l.role();
        StringBuilder b = new StringBuilder("<h2 id=\"").append(role.fragment).append("\">").append(Html.esc(role.en + " " + role.zh))
                .append(" <span class=\"n\">").append(l.total()).append("</span></h2>\n<p class=\"meta pages\">");
        long from = (long) (d.page() - 1) * Describer.PAGE_SIZE + 1;
        if (l.acts().isEmpty()) b.append("no statements on page ").append(d.page()).append(" of ").append(l.pages());
        else b.append(from).append("–").append(from + l.acts().size() - 1).append(" of ").append(l.total())
                .append(" · page ").append(d.page()).append(" of ").append(l.pages());
        Resource view = d.model().getResource(Describer.pageIri(d.iri(), d.page(), role));
        pageLink(b, view, Hydra.previous, "← previous page 上一页");
        pageLink(b, view, Hydra.next, "next page 下一页 →");
        if (l.pages() > 1) {
            pageLink(b, view, Hydra.first, "first 首页");
            pageLink(b, view, Hydra.last, "last 末页");
        }
        b.append(" · <a class=\"sparql\" href=\"/?query=")
                .append(Html.esc(URLEncoder.encode(role.listQuery(d.iri()), StandardCharsets.UTF_8)))
                .append("\">all of them as a SPARQL query 用SPARQL列出全部</a></p>\n");
        Model m = d.model();
        List<Resource> list = l.acts().stream().map(m::getResource).toList();
        return b.append(acts.byClass(m, list, classes, true, role.fragment + "-")).toString();
    }

    private void pageLink(StringBuilder b, Resource view, org.apache.jena.rdf.model.Property p, String text) {
        Resource target = view.getPropertyResourceValue(p);
        if (target != null) b.append(" · ").append(links.a(target.getURI(), text));
    }

    /** A named graph that is no declaration: its size and the kinds of thing it holds. */
    private String graphSummary(Description d) {
        Map<Resource, Integer> kinds = new LinkedHashMap<>();
        d.namedGraph().listObjectsOfProperty(RDF.type).forEachRemaining(c -> {
            if (c.isURIResource())
                kinds.merge(d.model().getResource(c.asResource().getURI()),
                        d.namedGraph().listSubjectsWithProperty(RDF.type, c).toList().size(), (x, y) -> x);
        });
        StringBuilder b = new StringBuilder("<h2>What it holds 内容</h2>\n<table class=\"props\">\n");
        kinds.entrySet().stream().sorted(Map.Entry.<Resource, Integer>comparingByValue().reversed())
                .forEach(e -> b.append("<tr><th>").append(links.a(e.getKey().getURI(), kindName(e.getKey())))
                        .append("</th><td class=\"num\">").append(e.getValue()).append("</td></tr>\n"));
        return b.append("</table>\n").toString();
    }

    private String node(RDFNode n) {
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            String lang = l.getLanguage().isEmpty() ? "" : " <span class=\"lang\">" + Html.esc(l.getLanguage()) + "</span>";
            return Html.esc(Labels.text(l, 400)) + lang;
        }
        if (!n.isURIResource()) return "_:b";
        Resource r = n.asResource();
        String best = Labels.best(r), en = Labels.lang(r, "en");
        return links.a(r.getURI(), best) + (en != null && !en.equals(best) ? " <span class=\"en\">" + Html.esc(en) + "</span>" : "");
    }
}
