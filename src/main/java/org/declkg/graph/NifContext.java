package org.declkg.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.declkg.knowledge.Numerals;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Span;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Literals;
import org.declkg.rdf.Vocab.NIF;

/**
 * The declaration's text as NIF: the context holds the text as the user gave it, and its paragraphs,
 * its sentences in order and the spans statements are read from are strings of it, every offset
 * an offset into that text, so that a reader can cut their own file at them. Each string is named
 * {@code text/KEY#char=BEGIN,END}.
 */
final class NifContext {
    private final Model m;
    private final String contextIri;
    private final SourceOffsets offsets;
    private final Resource context;
    private final List<Sentence> sentences;
    private final List<Resource> sentenceNodes = new ArrayList<>();

    /** Writes the context, its paragraphs and its sentences. */
    NifContext(Model m, Iris iris, String key, Annotation doc, Numerals numerals) {
        this.m = m;
        this.contextIri = iris.of("text", key);
        this.offsets = new SourceOffsets(doc.raw(), doc.written(), doc.rawOffsets());
        String source = offsets.source();
        this.context = m.createResource(contextIri, NIF.Context)
                .addProperty(NIF.isString, source)
                .addLiteral(NIF.beginIndex, Literals.offset(0))
                .addLiteral(NIF.endIndex, Literals.offset(offsets.codePoint(source.length())));
        this.sentences = doc.sentences();
        List<Span> paragraphSpans = paragraphSpans(doc.text());
        List<Resource> paragraphs = paragraphs(paragraphSpans, new ParagraphNumbers(numerals));
        Resource previous = null;
        int p = 0;
        for (Sentence s : sentences) {
            while (paragraphSpans.get(p).end() <= s.span().begin()) p++;
            Resource node = string(s.span()).addProperty(RDF.type, NIF.Sentence)
                    .addProperty(NIF.superString, paragraphs.get(p));
            if (previous != null) previous.addProperty(NIF.nextSentence, node);
            sentenceNodes.add(node);
            previous = node;
        }
    }

    Resource context() { return context; }

    /** The string of a span of the normalised text, with the sentence it lies in. */
    Resource anchor(Span normalised) {
        Resource anchor = string(normalised);
        int s = sentenceOf(normalised.begin());
        if (s >= 0) anchor.addProperty(NIF.sentence, sentenceNodes.get(s));
        return anchor;
    }

    private List<Resource> paragraphs(List<Span> spans, ParagraphNumbers numbers) {
        List<Resource> out = new ArrayList<>();
        String raw = offsets.source();
        int previousEnd = 0;
        String section = null;
        for (Span p : spans) {
            Span inRaw = offsets.rawSpan(p);
            String heading = numbers.sectionNumber(raw, previousEnd, inRaw.begin());
            if (heading != null) section = heading;
            Resource node = string(p).addProperty(RDF.type, NIF.Paragraph);
            String number = numbers.paragraphNumber(raw, inRaw.begin());
            if (number != null) node.addProperty(DK.paragraphNumber, number);
            if (section != null) node.addProperty(DK.sectionNumber, section);
            out.add(node);
            previousEnd = inRaw.end();
        }
        return out;
    }

    /** The paragraphs of the normalised text: its lines (the normaliser joins a paragraph broken across lines). */
    private static List<Span> paragraphSpans(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int b = start, e = i;
                while (b < e && Character.isWhitespace(text.charAt(b))) b++;
                while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (e > b) out.add(new Span(b, e));
                start = i + 1;
            }
        }
        return out;
    }

    /** The nif:String of a span of the normalised text, named and cut from the text as given. */
    private Resource string(Span normalised) {
        Span inRaw = offsets.rawSpan(normalised);
        Span cp = offsets.codePoints(inRaw);
        return m.createResource(contextIri + "#char=" + cp.begin() + "," + cp.end(), NIF.String)
                .addProperty(NIF.referenceContext, context)
                .addLiteral(NIF.beginIndex, Literals.offset(cp.begin()))
                .addLiteral(NIF.endIndex, Literals.offset(cp.end()))
                .addProperty(NIF.anchorOf, inRaw.of(offsets.source()));
    }

    /** The index of the first sentence that ends after a position of the normalised text (-1: none does). */
    private int sentenceOf(int pos) {
        int lo = 0, hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().end() <= pos) lo = mid + 1;
            else hi = mid;
        }
        return lo < sentences.size() ? lo : -1;
    }
}
