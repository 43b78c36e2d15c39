package org.declkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.declkg.knowledge.ActClasses;
import org.declkg.rdf.DK;
import org.declkg.rdf.Vocab;

/**
 * Acts as HTML, read from a description: grouped by act class in the ontology's order, each with its
 * object, its actors, its declaration, and its text: the sentence with the statement's own span
 * marked when the description holds the declaration's text, else the span itself.
 */
final class ActsHtml {
    private static final String SENTENCE_END = "。！？；\n";
    private static final int SHOWN_CHARACTERS = 600;

    private final Links links;

    ActsHtml(Links links) { this.links = links; }

    /** A table of contents, then one section per act class, the acts in the order given. */
    String byClass(Model m, List<Resource> acts, ActClasses classes, boolean withDeclaration, String idPrefix) {
        Map<String, List<Resource>> groups = new LinkedHashMap<>();
        for (ActClasses.ActClass c : classes.all()) groups.put(c.type().getURI(), new ArrayList<>());
        for (Resource act : acts) {
            Resource cls = actClass(act);
            if (cls != null) groups.computeIfAbsent(cls.getURI(), k -> new ArrayList<>()).add(act);
        }
        StringBuilder toc = new StringBuilder("<p class=\"toc\">");
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, List<Resource>> g : groups.entrySet()) {
            if (g.getValue().isEmpty()) continue;
            Resource cls = m.getResource(g.getKey());
            String local = cls.getLocalName();
            String id = Html.esc(idPrefix + local);
            String title = className(cls);
            toc.append("<a href=\"#").append(id).append("\">").append(Html.esc(title)).append(" <span class=\"n\">")
                    .append(g.getValue().size()).append("</span></a> ");
            b.append("<section class=\"acts\" id=\"").append(id).append("\" data-class=\"").append(Html.esc(local))
                    .append("\"><h3>").append(links.a(cls.getURI(), title)).append(" <span class=\"n\">")
                    .append(g.getValue().size()).append("</span></h3>\n");
            for (Resource act : g.getValue()) b.append(box(act, withDeclaration));
            b.append("</section>\n");
        }
        return toc.append("</p>\n").append(b).toString();
    }

    /** One act: its class, object and actors, the declaration when asked, and its text. */
    String box(Resource act, boolean withDeclaration) {
        Resource cls = actClass(act);
        Resource object = act.getPropertyResourceValue(DK.object);
        StringBuilder b = new StringBuilder("<div class=\"act\" data-act=\"").append(Html.esc(act.getURI()))
                .append("\"><div class=\"head\"><span class=\"what\">")
                .append(Html.esc(cls == null ? "" : Labels.lang(cls, "zh") != null ? Labels.lang(cls, "zh") : cls.getLocalName()))
                .append("</span> <span class=\"object\">").append(object == null ? "" : links.a(object.getURI(), Labels.best(object)))
                .append("</span></div>\n<div class=\"meta\">by ");
        List<Resource> actors = act.listProperties(DK.actor).mapWith(Statement::getResource).toList();
        actors.sort(Comparator.comparing(a -> String.valueOf(Labels.best(a))));
        for (int i = 0; i < actors.size(); i++)
            b.append(i == 0 ? "" : ", ").append(links.a(actors.get(i).getURI(), Labels.best(actors.get(i))));
        Resource declaration = act.getPropertyResourceValue(DK.declaration);
        if (withDeclaration && declaration != null) b.append(" · in ").append(links.a(declaration.getURI(), Labels.best(declaration)));
        b.append(" · ").append(links.a(act.getURI(), "statement ↗")).append("</div>\n<blockquote>").append(text(act))
                .append("</blockquote></div>\n");
        return b.toString();
    }

    /** The act's class other than dk:Act. */
    static Resource actClass(Resource act) {
        for (Statement t : act.listProperties(RDF.type).toList())
            if (t.getObject().isURIResource() && !t.getResource().equals(DK.Act)) return t.getResource();
        return null;
    }

    /** "支持 Support": the class's Chinese and English labels, or its local name. */
    static String className(Resource cls) {
        String zh = Labels.lang(cls, "zh"), en = Labels.lang(cls, "en");
        if (zh == null && en == null) return cls.getLocalName();
        return zh == null ? en : en == null ? zh : zh + " " + en;
    }

    /** The span's begin index, for ordering the acts of one text. */
    static int begin(Resource act) {
        Resource span = act.getPropertyResourceValue(Vocab.PROV.wasDerivedFrom);
        Statement b = span == null ? null : span.getProperty(Vocab.NIF.beginIndex);
        return b == null ? Integer.MAX_VALUE : b.getInt();
    }

    /** The sentence around the act's span with the span marked, or the span alone when the text is not in the description. */
    static String text(Resource act) {
        Resource span = act.getPropertyResourceValue(Vocab.PROV.wasDerivedFrom);
        return span == null ? "" : spanText(span);
    }

    static String spanText(Resource span) {
        Resource context = span.getPropertyResourceValue(Vocab.NIF.referenceContext);
        Statement text = context == null ? null : context.getProperty(Vocab.NIF.isString);
        Statement b = span.getProperty(Vocab.NIF.beginIndex), e = span.getProperty(Vocab.NIF.endIndex);
        if (text != null && b != null && e != null) return sentence(text.getString(), b.getInt(), e.getInt());
        Statement anchor = span.getProperty(Vocab.NIF.anchorOf);
        return anchor == null ? "" : "<mark>" + Html.esc(anchor.getString()) + "</mark>";
    }

    /** The sentence around [b, e) of the text, with [b, e) marked; everything escaped. */
    static String sentence(String text, int b, int e) {
        if (b < 0 || e > text.length() || b > e) return Html.esc(text.substring(0, Math.min(200, text.length())));
        int from = b, to = e;
        while (from > 0 && b - from < SHOWN_CHARACTERS && SENTENCE_END.indexOf(text.charAt(from - 1)) < 0) from--;
        while (to < text.length() && to - e < SHOWN_CHARACTERS && SENTENCE_END.indexOf(text.charAt(to)) < 0) to++;
        if (to < text.length() && text.charAt(to) != '\n') to++;
        return Html.esc(text.substring(from, b)) + "<mark>" + Html.esc(text.substring(b, e)) + "</mark>"
                + Html.esc(text.substring(e, to));
    }

    /** The acts of a declaration in a description, in the order of the text. */
    static List<Resource> ofDeclaration(Model m, Resource declaration) {
        List<Resource> acts = new ArrayList<>(m.listSubjectsWithProperty(DK.declaration, declaration)
                .filterKeep(a -> a.hasProperty(RDF.type, DK.Act)).toList());
        acts.sort(Comparator.comparingInt(ActsHtml::begin).thenComparing(Resource::getURI));
        return acts;
    }

    static String lexical(RDFNode n) {
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
