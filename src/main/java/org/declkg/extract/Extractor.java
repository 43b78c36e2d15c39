package org.declkg.extract;

import org.declkg.knowledge.ActLexicon;
import org.declkg.knowledge.Knowledge;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Pipeline;
import org.declkg.pipeline.Source;
import org.declkg.pipeline.Stage;
import org.declkg.rdf.Iris;

import java.util.List;
import org.declkg.act.ActFinder;
import org.declkg.argument.ArgumentFinder;
import org.declkg.argument.MembershipFinder;
import org.declkg.header.HeaderFinder;
import org.declkg.normalise.Normaliser;
import org.declkg.graph.GraphBuilder;
import org.declkg.sentence.SentenceSplitter;
import org.declkg.token.Segmenter;
import org.declkg.token.Tagger;

/** Declaration text in, knowledge graph out: the stages of declkg in their order. Thread-safe once built. */
public final class Extractor {
    private final Pipeline pipeline;

    private final ActLexicon lexicon;

    private Extractor(Pipeline pipeline, ActLexicon lexicon) {
        this.pipeline = pipeline;
        this.lexicon = lexicon;
    }

    /** Its IRIs under {@link Iris#DEFAULT}. */
    public static Extractor create(KnowledgeBase kb) { return create(kb, Iris.DEFAULT); }

    public static Extractor create(KnowledgeBase kb, Iris iris) { return create(Knowledge.of(kb), iris); }

    /** Its IRIs under {@link Iris#DEFAULT}. */
    public static Extractor create(Knowledge k) { return create(k, Iris.DEFAULT); }

    public static Extractor create(Knowledge k, Iris iris) {
        return new Extractor(new Pipeline(List.of(
                new Normaliser(k.gazetteer()::opensWithSubject, k.grammar(), k.numerals(), k.furniture(), k.dates(), k.heads()),
                new SentenceSplitter(),
                new Tagger(k.gazetteer(), new Segmenter(k.gazetteer()), k.grammar()),
                new HeaderFinder(k.gazetteer(), k.grammar(), k.dates(), k.heads()),
                new ActFinder(k.lexicon(), k.grammar(), k.gazetteer(), k.dates()),
                new ArgumentFinder(k.heads(), k.grammar(), k.gazetteer(), k.dates()),
                new MembershipFinder(k.grammar(), k.gazetteer(), k.dates()),
                new GraphBuilder(k.gazetteer(), k.memberships(), k.actClasses(), k.grammar(), k.numerals(), iris))),
                k.lexicon());
    }

    /** The stages, in order. */
    public List<Stage> stages() { return pipeline.stages(); }

    /** Every stage's output, for tests and diagnostics. */
    public Annotation annotate(String sourceName, String text) {
        return pipeline.run(Source.ofText(sourceName, text), withoutByteOrderMark(text));
    }

    /** A text given as a string: provenance records its UTF-8 bytes as its source. */
    public Extraction extract(String sourceName, String text) { return extract(Source.ofText(sourceName, text), text); }

    /** A text read from {@code source} (its name, bytes, hash and encoding go into the provenance). */
    public Extraction extract(Source source, String text) {
        Annotation doc = pipeline.run(source, withoutByteOrderMark(text));
        return new Extraction(doc.iri(), doc.graph(), Coverage.of(doc, lexicon));
    }

    /** The text as given is the decoded text without its byte-order mark, as {@code TextReader} reads a file. */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
