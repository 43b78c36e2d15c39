package org.declkg.act;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.declkg.argument.Grammar;
import org.declkg.pipeline.Act;
import org.declkg.pipeline.Actor;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Layer;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Span;
import org.declkg.pipeline.Stage;

/**
 * Finds the statements of each sentence. A sentence is read clause by clause (cut at its commas):
 * a clause that opens with [subject] [adverbs] verb starts a statement whose object runs on until
 * the next clause that opens with a verb; a clause "对 X 表示欢迎" is a statement about X.
 * Chained verbs ("重申支持 X") make one statement each about the same object.
 */
public final class ActFinder implements Stage {
    /** How far a prepositional phrase may reach before the verb it modifies. */
    private static final int PHRASE_MAX = 30;

    private final ActLexicon lexicon;
    private final List<String> anaphors;
    private final List<String> prepositions;
    private final List<String> lightVerbs;

    public ActFinder(ActLexicon lexicon, Grammar grammar) {
        this.lexicon = lexicon;
        this.anaphors = grammar.words("anaphor");
        this.prepositions = grammar.words("preposition");
        this.lightVerbs = grammar.words("light-verb");
    }

    @Override
    public Set<Layer> requires() { return EnumSet.of(Layer.SENTENCES, Layer.MENTIONS, Layer.HEADER); }

    @Override
    public Set<Layer> provides() { return EnumSet.of(Layer.ACTS); }

    @Override
    public void annotate(Annotation doc) {
        String organisation = doc.header() == null ? null : doc.header().organisationKey();
        List<Actor> defaults = List.of(Actor.membersOf(organisation)); // organisation may be unknown (null)
        for (Sentence s : doc.sentences()) read(doc, s, organisation, defaults);
    }

    private void read(Annotation doc, Sentence sentence, String organisation, List<Actor> defaults) {
        String text = doc.text();
        List<Actor> actors = defaults;
        Clause open = null;
        for (Span seg : Segments.of(text, sentence.span())) {
            Subject subject = Subject.at(doc, seg.begin(), seg.end(), organisation);
            int p = subject != null ? subject.end() : seg.begin();
            boolean opensWithAdverb = subject == null && lexicon.modifierAt(text, p) > 0;
            Modifiers mods = Modifiers.skip(lexicon, doc, p, seg.end());
            p = mods.end();
            if (text.startsWith("对", p)) {
                ActLexicon.Verb v = lexicon.circumfixEndingAt(text, seg.end());
                if (v != null) {
                    if (subject != null) actors = subject.actors();
                    emit(doc, open);
                    open = null;
                    Span verb = new Span(seg.end() - v.surface().length(), seg.end());
                    Clause c = new Clause(subject != null ? seg.begin() : p, actors, mods.negated());
                    c.verbs.add(v);
                    c.verbSpans.add(verb);
                    c.object = new Span(p + 1, verb.begin());
                    c.end = seg.end();
                    emit(doc, c);
                    continue;
                }
            }
            Clause chain = verbChain(doc, p, seg.end(), subject != null, mods.negated(),
                    subject != null ? seg.begin() : p);
            if (chain == null && subject != null) chain = afterPhrase(doc, p, seg, mods.negated());
            if (chain != null) {
                if (subject != null) actors = subject.actors();
                chain.actors = actors;
                if (open != null && open.object.isEmpty() && subject == null) {
                    open.absorb(chain); // "重申，反对 X": the first verb's object is the second's
                } else {
                    emit(doc, open);
                    open = chain;
                }
            } else if (open != null && (open.reportsDone() || opensWithAnaphor(text, seg) || opensWithAdverb)) {
                // "签署了《A》，确定了…", "…，该倡议旨在…", "…，将推动…": the object ended at the comma
                emit(doc, open);
                open = null;
            } else if (open != null) {
                if (open.object.isEmpty()) open.object = new Span(seg.begin(), seg.begin());
                open.object = new Span(open.object.begin(), seg.end());
                open.end = seg.end();
            }
        }
        emit(doc, open);
    }

    /** "成员国在联合国框架内支持 X": the verb after a prepositional phrase, or null. */
    private Clause afterPhrase(Annotation doc, int p, Span seg, boolean negated) {
        String text = doc.text();
        if (prepositions.stream().noneMatch(w -> text.startsWith(w, p))) return null;
        int limit = Math.min(seg.end(), p + PHRASE_MAX);
        for (int i = p + 1; i < limit; i++) {
            ActLexicon.Verb v = lexicon.verbAt(text, i);
            if (v != null && v.isAct() && !v.perfective()) return verbChain(doc, i, seg.end(), false, negated, seg.begin());
        }
        return null;
    }

    /** The verbs opening a clause at {@code p} ("重申坚决支持"), or null when it opens with none. */
    private Clause verbChain(Annotation doc, int p, int limit, boolean explicitSubject, boolean negated, int start) {
        String text = doc.text();
        Clause c = new Clause(start, List.of(), negated);
        int beforeModifiers = p;
        boolean lightened = false;
        while (p < limit) {
            ActLexicon.Verb v = lexicon.verbAt(text, p);
            if (v == null || (!v.isAct() && !c.verbs.isEmpty())) {
                // "重申将继续采取 X", "支持进一步落实 X": adverbs and plain predicates belong to the object
                if (!c.verbs.isEmpty()) p = beforeModifiers;
                break;
            }
            int end = p + v.surface().length();
            boolean done = end < limit && text.charAt(end) == '了';
            if (done) end++;
            if (v.perfective() && !done && !(explicitSubject && c.verbs.isEmpty() && !lightened)) break;
            if (lightVerbs.contains(v.surface()) && c.verbs.isEmpty() && !lightened && actVerbAfter(doc, end, limit)) {
                lightened = true; // "表示支持 X", "坚持反对 X": the act is the second verb
                beforeModifiers = end;
                p = Modifiers.skip(lexicon, doc, end, limit).end();
                continue;
            }
            c.verbs.add(v);
            c.verbSpans.add(new Span(p, end));
            p = end;
            if (!v.isAct()) break; // a plain predicate: what follows is its content, not another verb
            beforeModifiers = p;
            p = Modifiers.skip(lexicon, doc, p, limit).end();
        }
        if (c.verbs.isEmpty()) return null;
        c.object = new Span(p, limit);
        c.end = limit;
        return c;
    }

    private boolean opensWithAnaphor(String text, Span seg) {
        return anaphors.stream().anyMatch(a -> text.startsWith(a, seg.begin()));
    }

    private boolean actVerbAfter(Annotation doc, int pos, int limit) {
        ActLexicon.Verb next = lexicon.verbAt(doc.text(), Modifiers.skip(lexicon, doc, pos, limit).end());
        return next != null && next.isAct() && !next.perfective();
    }

    private static void emit(Annotation doc, Clause c) {
        if (c == null || c.negated || c.actors.isEmpty()) return;
        Span object = trim(doc.text(), c.object);
        if (object.isEmpty()) return;
        Span clause = new Span(c.start, c.end);
        for (int i = 0; i < c.verbs.size(); i++) {
            ActLexicon.Verb v = c.verbs.get(i);
            if (v.isAct()) doc.acts().add(new Act(v.actClass(), c.verbSpans.get(i), object, clause, c.actors));
        }
    }

    private static Span trim(String text, Span s) {
        int b = s.begin(), e = s.end();
        while (b < e && "，；：、 ".indexOf(text.charAt(b)) >= 0) b++;
        while (e > b && "，；：、 ".indexOf(text.charAt(e - 1)) >= 0) e--;
        return new Span(b, e);
    }

    /** A clause being read: its verbs, who speaks, and its object so far. */
    private static final class Clause {
        final int start;
        final boolean negated;
        final List<ActLexicon.Verb> verbs = new ArrayList<>();
        final List<Span> verbSpans = new ArrayList<>();
        List<Actor> actors;
        Span object;
        int end;

        Clause(int start, List<Actor> actors, boolean negated) {
            this.start = start;
            this.actors = actors;
            this.negated = negated;
        }

        /** Reports something done at the meeting (signed, adopted): its object is a list of names, not a clause. */
        boolean reportsDone() { return verbs.stream().anyMatch(ActLexicon.Verb::perfective) && !object.isEmpty(); }

        void absorb(Clause next) {
            verbs.addAll(next.verbs);
            verbSpans.addAll(next.verbSpans);
            object = next.object;
            end = next.end;
        }
    }
}
