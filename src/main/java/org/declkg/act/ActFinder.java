package org.declkg.act;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.declkg.knowledge.ActLexicon;
import org.declkg.knowledge.DateParser;
import org.declkg.knowledge.Gazetteer;
import org.declkg.knowledge.Grammar;
import org.declkg.pipeline.Actor;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Layer;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Stage;

/**
 * Finds the statements of each sentence ({@link SentenceReader}): who (the declaring parties, named
 * states or sides; a third party's statements are not the declaration's), which act (the verbs of
 * {@code act-verbs.csv}), and the span of their object.
 */
public final class ActFinder implements Stage {
    /** The marks a whole sentence ends with (closing quotes and brackets after them too). */
    static final String SENTENCE_ENDS = "。！？；…”’」』）)!?.";
    private final ActLexicon lexicon;
    private final Grammar grammar;
    private final Gazetteer gazetteer;
    private final VerbReader verbs;
    private final OwnMeeting ownMeeting;
    private final DateParser dates;

    public ActFinder(ActLexicon lexicon, Grammar grammar, Gazetteer gazetteer, DateParser dates) {
        this.dates = dates;
        this.lexicon = lexicon;
        this.grammar = grammar;
        this.gazetteer = gazetteer;
        this.verbs = new VerbReader(lexicon, grammar);
        this.ownMeeting = new OwnMeeting(grammar);
    }

    @Override
    public Set<Layer> requires() { return EnumSet.of(Layer.TEXT, Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS, Layer.HEADER); }

    @Override
    public Set<Layer> provides() { return EnumSet.of(Layer.ACTS); }

    @Override
    public void annotate(Annotation doc) {
        String organisation = doc.header() == null ? null : doc.header().organisationKey();
        List<Actor> declaringParties = List.of(Actor.membersOf(organisation)); // organisation may be unknown (null)
        List<Sentence> sentences = doc.sentences();
        PastDates past = new PastDates(doc, dates);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            boolean cut = i == sentences.size() - 1 && !ended(doc.text(), s);
            new SentenceReader(doc, organisation, declaringParties, gazetteer, grammar, lexicon, verbs, ownMeeting, past)
                    .read(s, i == 0 ? null : sentences.get(i - 1), cut);
        }
    }

    /** Whether a sentence ends as a sentence does, not cut off where an excerpt stops. */
    private static boolean ended(String text, Sentence s) {
        return s.span().end() > 0 && SENTENCE_ENDS.indexOf(text.charAt(s.span().end() - 1)) >= 0;
    }
}
