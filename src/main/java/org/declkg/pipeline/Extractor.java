package org.declkg.pipeline;

import java.util.List;
import org.declkg.act.ActFinder;
import org.declkg.act.ActLexicon;
import org.declkg.argument.ArgumentFinder;
import org.declkg.argument.Grammar;
import org.declkg.argument.HeadNouns;
import org.declkg.argument.MembershipFinder;
import org.declkg.header.HeaderFinder;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.knowledge.Memberships;
import org.declkg.normalise.Normaliser;
import org.declkg.rdf.GraphBuilder;
import org.declkg.sentence.SentenceSplitter;
import org.declkg.token.Gazetteer;
import org.declkg.token.Segmenter;
import org.declkg.token.Tagger;

/** Declaration text in, knowledge graph out: the stages of declkg in their order. Thread-safe once built. */
public final class Extractor {
    private final Pipeline pipeline;

    private Extractor(Pipeline pipeline) { this.pipeline = pipeline; }

    public static Extractor create(KnowledgeBase kb) {
        Gazetteer gazetteer = new Gazetteer(kb);
        Grammar grammar = new Grammar(kb);
        return new Extractor(new Pipeline(List.of(
                new Normaliser(gazetteer::opensWithSubject),
                new SentenceSplitter(),
                new Tagger(gazetteer, new Segmenter(gazetteer)),
                new HeaderFinder(gazetteer, grammar),
                new ActFinder(new ActLexicon(kb), grammar, gazetteer),
                new ArgumentFinder(new HeadNouns(kb), grammar, gazetteer),
                new MembershipFinder(grammar, gazetteer),
                new GraphBuilder(gazetteer, new Memberships(kb)))));
    }

    /** Every stage's output, for tests and diagnostics. */
    public Annotation annotate(String sourceName, String text) { return pipeline.run(sourceName, text); }

    public Extraction extract(String sourceName, String text) {
        Annotation doc = annotate(sourceName, text);
        return new Extraction(doc.iri(), doc.graph());
    }
}
