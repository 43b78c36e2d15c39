package org.declkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.declkg.publish.DataFormat;

/**
 * The names the pages show: a resource's Chinese label (any {@code zh-…} tag will do when there is
 * no plain {@code zh}), its English one, or its title; and the names of the standard vocabulary
 * terms (schema:location, org:role…), which no graph of the data labels.
 */
final class Labels {
    /** Display names of the standard terms, from the jar. */
    private static final Model TERMS = terms();

    private Labels() {}

    /** The Chinese label, else a title, else the English or any label; null when there is none. */
    static String best(Resource r) {
        String zh = lang(r, "zh");
        if (zh != null) return zh;
        Statement t = r.getProperty(DCTerms.title);
        if (t != null && t.getObject().isLiteral()) return t.getString();
        String en = lang(r, "en");
        if (en != null) return en;
        for (Property p : new Property[] {RDFS.label, SKOS.prefLabel}) {
            Statement s = r.getProperty(p);
            if (s != null && s.getObject().isLiteral()) return s.getString();
        }
        return null;
    }

    /**
     * The label in a language: exactly tagged {@code lang} first, else any {@code lang-…} subtag
     * (zh-Hant for zh); rdfs:label before skos:prefLabel.
     */
    static String lang(Resource r, String lang) {
        String sub = null;
        for (Property p : new Property[] {RDFS.label, SKOS.prefLabel})
            for (Statement s : r.listProperties(p).toList()) {
                if (!s.getObject().isLiteral()) continue;
                String tag = s.getLanguage().toLowerCase();
                if (tag.equals(lang)) return s.getString();
                if (sub == null && tag.startsWith(lang + "-")) sub = s.getString();
            }
        return sub;
    }

    /** The name of a vocabulary term: its label in the description (the ontology's terms), else the built-in one, else null. */
    static String term(Resource term) {
        String zh = lang(term, "zh"), en = lang(term, "en");
        Resource known = TERMS.getResource(term.getURI());
        if (zh == null) zh = lang(known, "zh");
        if (en == null) en = lang(known, "en");
        if (zh == null && en == null) return null;
        if (zh == null || en == null || zh.equals(en)) return zh != null ? zh : en;
        return zh + " " + en;
    }

    /** A literal's text, cut at {@code max} characters. */
    static String text(Literal l, int max) {
        String s = l.getLexicalForm();
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }

    private static Model terms() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Labels.class.getResourceAsStream("/declkg/web/term-names.ttl")) {
            RDFParser.source(in).lang(DataFormat.TURTLE.lang()).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
