package org.declkg.act;

import java.util.List;
import org.declkg.knowledge.ActLexicon;
import org.declkg.knowledge.Gazetteer;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.Grammar.Role;
import org.declkg.pipeline.Actor;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Span;

/**
 * Reads the statements of one sentence, clause by clause (cut at its commas): a clause that opens with
 * [connective] [subject] [adverbs] verb starts a statement whose object runs on until the next clause
 * that opens with a verb; a clause "对 X 表示欢迎" is a statement about X. A clause with no subject speaks
 * for the subject before it, and the first for the declaring parties.
 */
final class SentenceReader {
    private final Annotation doc;
    private final String text;
    private final String organisation;
    private final Gazetteer gazetteer;
    private final Grammar grammar;
    private final ActLexicon lexicon;
    private final VerbReader verbs;
    private final OwnMeeting ownMeeting;
    private final List<String> anaphors;
    private final List<String> pronouns;
    private final PastDates past;
    /** The sentence being read, and the one before it in its paragraph (or null). */
    private Span sentence, previous;

    private List<Actor> actors;
    private Clause open;
    /** The last statement "对 X 表示欢迎", which a clause "包括 Y" after it extends to Y. */
    private Clause lastCircumfix;

    SentenceReader(Annotation doc, String organisation, List<Actor> declaringParties, Gazetteer gazetteer, Grammar grammar,
                   ActLexicon lexicon, VerbReader verbs, OwnMeeting ownMeeting, PastDates past) {
        this.past = past;
        this.doc = doc;
        this.text = doc.text();
        this.organisation = organisation;
        this.actors = declaringParties;
        this.gazetteer = gazetteer;
        this.grammar = grammar;
        this.lexicon = lexicon;
        this.verbs = verbs;
        this.ownMeeting = ownMeeting;
        this.anaphors = grammar.words(Role.ANAPHOR);
        this.pronouns = grammar.words(Role.OBJECT_PRONOUN);
    }

    /**
     * Reads a sentence; {@code cut} when the text stops inside it (an excerpt cut mid-sentence): the
     * statement still open at its end lost the rest of its object and is not taken.
     */
    void read(Sentence sentence, Sentence previous, boolean cut) {
        this.sentence = sentence.span();
        this.previous = previous == null || text.substring(previous.span().end(), this.sentence.begin()).indexOf('\n') >= 0
                ? null : previous.span();
        for (Span seg : Segments.of(text, sentence.span())) clause(seg);
        if (cut) open = null;
        emitOpen();
    }

    private void clause(Span seg) {
        String connective = grammar.at(text, seg.begin(), Role.CONNECTIVE); // "但我们也注意到…", "为此，…"
        int from = seg.begin() + (connective == null ? 0 : connective.length());
        if (from >= seg.end()) {
            emitOpen();
            return;
        }
        String inclusion = grammar.at(text, from, Role.INCLUSION);
        if (inclusion != null && open == null && lastCircumfix != null) { // "对 X 表示欢迎，包括 Y"
            lastCircumfix.about(new Span(from + inclusion.length(), seg.end()), seg.end()).emit(doc, past);
            return;
        }
        Subject subject = Subject.at(doc, gazetteer, grammar, from, seg.end(), organisation, pos -> ownMeeting.at(doc, pos));
        int p = subject != null ? subject.end() : from;
        ActLexicon.Modifier lead = subject == null ? lexicon.modifierAt(text, p) : null;
        Modifiers mods = verbs.modifiers(doc, p, seg.end());
        int start = subject != null ? seg.begin() : p;
        p = mods.end();
        String marker = grammar.at(text, p, Role.OBJECT_MARKER);
        Clause circumfix = marker != null ? verbs.circumfix(doc, p, marker.length(), seg, start, mods) : null;
        if (circumfix != null) {
            if (subject != null) actors = subject.actors();
            circumfix.actors = actors;
            if (pronouns.contains(Clause.trim(text, circumfix.object).of(text))) {
                emitOpen();
                circumfix.object = antecedent(start);
                circumfix.emit(doc, past);
                lastCircumfix = null;
                return;
            }
            if (open != null && subject == null && open.awaitsObject()) {
                open.absorbCircumfix(circumfix, new Span(p, seg.end())); // "重申，对 X 表示欢迎"
                emitOpen();
            } else {
                emitOpen();
                circumfix.emit(doc, past);
                lastCircumfix = circumfix;
            }
            return;
        }
        lastCircumfix = null;
        Clause chain = verbs.chain(doc, p, seg.end(), subject != null, mods, start);
        if (chain == null) {
            // "成员国在联合国框架内支持 X"; "…，向遇难者家属表示慰问": a phrase, then the verb
            VerbReader.Phrase phrase = verbs.afterPhrase(doc, p, seg);
            if (phrase != null) chain = verbs.chain(doc, phrase.verb(), seg.end(), false, mods, seg.begin());
            // "双方在核心利益问题上相互支持": with nothing after the verb, the phrase says what about
            if (chain != null && Clause.trim(text, chain.object).isEmpty()) chain.object = phrase.content();
        }
        if (chain != null && open != null && subject == null && continues(chain)) {
            open.extendTo(seg); // "指出，A，都要确保 B"; "重申恪守 A，始终遵循 B": one object
        } else if (chain != null) {
            if (subject != null) actors = subject.actors();
            chain.actors = actors;
            if (open != null && subject == null && open.awaitsObject()) {
                open.absorb(chain); // "重申，反对 X": the first verb's object is the second's
            } else {
                emitOpen();
                open = chain;
                open.clausal = Clause.trim(text, open.object).isEmpty() && !open.awaitsObject(); // "指出，…"
            }
        } else if (open != null && open.awaitsObject()) {
            open.object = new Span(seg.begin(), seg.end()); // "重申，将深化 X": the clause is what is reaffirmed
            open.end = seg.end();
        } else if (open != null && !carriesOn(open) && (open.reportsDone() || opensWithAnaphor(seg)
                || (lead != null && lead.opensPredicate()))) {
            // "签署了《A》，确定了…", "…，该倡议旨在…", "…，将推动…": the object ended at the comma
            emitOpen();
        } else if (open != null) {
            open.extendTo(seg);
        }
    }

    /**
     * Whether a clause that opens with verbs of no specific act goes on with the object of the open
     * statement: when that object is a clause ("指出，…") or a verb phrase the new one parallels
     * ("重申恪守 A，始终遵循 B").
     */
    private boolean continues(Clause next) {
        return !next.hasSpecificAct() && carriesOn(open);
    }

    /** An object that is a clause or a verb phrase takes the clauses after it ("重申致力于 A，并考虑 B，推动 C"). */
    private boolean carriesOn(Clause c) {
        return c.clausal || !c.object.isEmpty() && verbs.verbAt(text, c.object.begin());
    }

    /** What "此" stands for: the clauses before {@code start} in the sentence, else the sentence before it. */
    private Span antecedent(int start) {
        Span before = Clause.trim(text, new Span(sentence.begin(), start));
        if (!before.isEmpty() || previous == null) return before;
        int end = previous.end();
        while (end > previous.begin() && ActFinder.SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0) end--;
        return Clause.trim(text, new Span(previous.begin(), end));
    }

    private boolean opensWithAnaphor(Span seg) {
        return anaphors.stream().anyMatch(a -> text.startsWith(a, seg.begin()));
    }

    private void emitOpen() {
        if (open != null) open.emit(doc, past);
        open = null;
    }
}
