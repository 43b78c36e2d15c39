package org.declkg.act;

import org.declkg.knowledge.Grammar.Role;

import org.declkg.knowledge.ActLexicon;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.declkg.knowledge.Grammar;
import org.declkg.pipeline.Act;
import org.declkg.pipeline.Actor;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Layer;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Span;
import org.declkg.pipeline.Stage;
import org.declkg.knowledge.Gazetteer;
import org.declkg.knowledge.Grammar;

/**
 * Finds the statements of each sentence. A sentence is read clause by clause (cut at its commas):
 * a clause that opens with [subject] [adverbs] verb starts a statement whose object runs on until
 * the next clause that opens with a verb; a clause "对 X 表示欢迎" is a statement about X.
 * A chaining verb shares its object with the act verb after it ("重申支持 X"), and so do verbs joined
 * by a conjunction ("欢迎并支持 X"); otherwise a verb after an act verb belongs to its object.
 */
public final class ActFinder implements Stage {
    /** How far a prepositional phrase may reach before the verb it modifies. */
    private static final int PHRASE_MAX = 30;
    private final ActLexicon lexicon;
    private final Grammar grammar;
    private final Gazetteer gazetteer;
    /** Words that join two act verbs, as in "欢迎并支持 X": any conjunction or list separator. */
    private final List<String> coordinators;
    private final List<String> anaphors;
    private final List<String> prepositions;
    private final List<String> lightVerbs;
    private final OwnMeeting ownMeeting;

    public ActFinder(ActLexicon lexicon, Grammar grammar, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.grammar = grammar;
        this.gazetteer = gazetteer;
        this.coordinators = grammar.words(Role.VERB_CONJUNCTION, Role.CLAUSE_CONJUNCTION, Role.CONJUNCTION,
                Role.LIST_SEPARATOR);
        this.anaphors = grammar.words(Role.ANAPHOR);
        this.prepositions = grammar.words(Role.PREPOSITION);
        this.lightVerbs = grammar.words(Role.LIGHT_VERB);
        this.ownMeeting = new OwnMeeting(grammar);
    }

    @Override
    public Set<Layer> requires() { return EnumSet.of(Layer.TEXT, Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS, Layer.HEADER); }

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
            Subject subject = Subject.at(doc, gazetteer, grammar, seg.begin(), seg.end(), organisation,
                    pos -> ownMeeting.at(doc, pos));
            int p = subject != null ? subject.end() : seg.begin();
            ActLexicon.Modifier lead = subject == null ? lexicon.modifierAt(text, p) : null;
            Modifiers mods = Modifiers.skip(lexicon, doc, p, seg.end());
            int start = subject != null ? seg.begin() : p;
            p = mods.end();
            String marker = grammar.at(text, p, Role.OBJECT_MARKER);
            Clause circumfix = marker != null ? circumfix(doc, p, marker.length(), seg, start, mods) : null;
            if (circumfix != null) {
                if (subject != null) actors = subject.actors();
                circumfix.actors = actors;
                if (open != null && subject == null && open.awaitsObject()) {
                    open.absorbCircumfix(circumfix, new Span(p, seg.end())); // "重申，对 X 表示欢迎"
                    emit(doc, open);
                } else {
                    emit(doc, open);
                    emit(doc, circumfix);
                }
                open = null;
                continue;
            }
            Clause chain = verbChain(doc, p, seg.end(), subject != null, mods, start);
            boolean predicate = chain != null;
            if (chain == null) {
                // "成员国在联合国框架内支持 X"; "…，向遇难者家属表示慰问": a phrase, then the verb
                int verb = verbAfterPhrase(text, p, seg);
                ActLexicon.Verb v = verb < 0 ? null : lexicon.verbAt(text, verb);
                predicate = v != null;
                if (v != null) chain = verbChain(doc, verb, seg.end(), false, mods, seg.begin());
            }
            if (chain != null && open != null && subject == null && continues(doc, open, chain)) {
                open.extendTo(seg); // "指出，A，都要确保 B"; "重申恪守 A，始终遵循 B": one object
            } else if (chain != null) {
                if (subject != null) actors = subject.actors();
                chain.actors = actors;
                if (open != null && subject == null && open.awaitsObject()) {
                    open.absorb(chain); // "重申，反对 X": the first verb's object is the second's
                } else {
                    emit(doc, open);
                    open = chain;
                    open.clausal = trim(text, open.object).isEmpty() && !open.awaitsObject(); // "指出，…"
                }
            } else if (open != null && open.awaitsObject()) {
                open.object = new Span(seg.begin(), seg.end()); // "重申，将深化 X": the clause is what is reaffirmed
                open.end = seg.end();
            } else if (open != null && !open.clausal && (predicate || open.reportsDone() || opensWithAnaphor(text, seg)
                    || (lead != null && lead.opensPredicate()))) {
                // "签署了《A》，确定了…", "…，该倡议旨在…", "…，将推动…": the object ended at the comma
                emit(doc, open);
                open = null;
            } else if (open != null) {
                open.extendTo(seg);
            }
        }
        emit(doc, open);
    }

    /**
     * Whether a clause that opens with verbs of no specific act goes on with the object of the open
     * statement: when that object is a clause ("指出，…") or a verb phrase the new one parallels
     * ("重申恪守 A，始终遵循 B").
     */
    private boolean continues(Annotation doc, Clause open, Clause next) {
        if (next.verbs.stream().anyMatch(ActLexicon.Verb::isAct)) return false;
        return open.clausal || !open.object.isEmpty() && lexicon.verbAt(doc.text(), open.object.begin()) != null;
    }

    /**
     * "对 X 表示欢迎", "对 X 予以积极评价": a statement about X, or null when the clause does not end with a
     * circumfix verb or with a light verb, adverbs and an act verb.
     */
    private Clause circumfix(Annotation doc, int dui, int markerLength, Span seg, int start, Modifiers mods) {
        String text = doc.text();
        ActLexicon.Verb v = lexicon.circumfixEndingAt(text, seg.end());
        Span verb = v == null ? null : new Span(seg.end() - v.surface().length(), seg.end());
        for (int k = seg.end() - 1; v == null && k > dui + markerLength; k--) {
            for (String light : lightVerbs) {
                if (!text.startsWith(light, k)) continue;
                int p = Modifiers.skip(lexicon, doc, k + light.length(), seg.end()).end();
                ActLexicon.Verb act = lexicon.verbAt(text, p);
                if (act != null && act.isAct() && p + act.surface().length() == seg.end()) {
                    v = act;
                    verb = new Span(k, seg.end());
                    break;
                }
            }
        }
        if (v == null) return null;
        Clause c = new Clause(start, List.of(), mods);
        c.add(v, verb);
        c.object = new Span(dui + markerLength, verb.begin());
        c.end = seg.end();
        return c;
    }

    /** Where the verb after a prepositional phrase at {@code p} starts ("在联合国框架内支持"), or -1. */
    private int verbAfterPhrase(String text, int p, Span seg) {
        if (prepositions.stream().noneMatch(w -> text.startsWith(w, p))) return -1;
        int limit = Math.min(seg.end(), p + PHRASE_MAX);
        for (int i = p + 1; i < limit; i++) {
            ActLexicon.Verb v = lexicon.verbAt(text, i);
            // a perfective verb not marked done is a preposition or part of the phrase ("在…基础上通过协商")
            if (v != null && !(v.perfective() && !grammar.startsWith(text, i + v.surface().length(), Role.PERFECTIVE))) return i;
        }
        return -1;
    }

    /** The verbs opening a clause at {@code p} ("重申坚决支持"), or null when it opens with none. */
    private Clause verbChain(Annotation doc, int p, int limit, boolean explicitSubject, Modifiers mods, int start) {
        String text = doc.text();
        Clause c = new Clause(start, List.of(), mods);
        int beforeModifiers = p;
        boolean lightened = false, mayChain = true;
        while (p < limit) {
            ActLexicon.Verb v = lexicon.verbAt(text, p);
            boolean more = c.verbs.isEmpty() || (v != null && v.isAct() && mayChain);
            if (v == null || !more) {
                // "重申将继续采取 X", "呼吁支持 X": adverbs and later verbs belong to the object
                if (!c.verbs.isEmpty()) p = beforeModifiers;
                break;
            }
            int end = p + v.surface().length();
            String perfective = end < limit ? grammar.at(text, end, Role.PERFECTIVE) : null;
            boolean done = perfective != null;
            if (done) end += perfective.length();
            if (v.perfective() && (mods.future() || !done && !(explicitSubject && c.verbs.isEmpty() && !lightened)))
                break;
            if (lightVerbs.contains(v.surface()) && c.verbs.isEmpty() && !lightened && actVerbAfter(doc, end, limit)) {
                lightened = true; // "表示支持 X", "承诺坚决反对 X": the act is the second verb
                beforeModifiers = end;
                p = Modifiers.skip(lexicon, doc, end, limit).end();
                continue;
            }
            c.add(v, new Span(p, end));
            p = end;
            if (!v.isAct()) break; // a plain predicate: what follows is its content, not another verb
            beforeModifiers = p;
            String coordinator = coordinatorAt(text, p);
            mayChain = v.chains() || coordinator != null;
            if (coordinator != null) p += coordinator.length();
            p = Modifiers.skip(lexicon, doc, p, limit).end();
        }
        if (c.verbs.isEmpty()) return null;
        c.object = new Span(p, limit);
        c.end = limit;
        return c;
    }

    private String coordinatorAt(String text, int p) {
        for (String w : coordinators) if (text.startsWith(w, p)) return w;
        return null;
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
            if (v.reported()) doc.acts().add(new Act(v.actClass(), c.verbSpans.get(i), object, clause, c.actors));
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
        /** The object is the clauses after "V，", to the end of the sentence. */
        boolean clausal;

        Clause(int start, List<Actor> actors, Modifiers mods) {
            this.start = start;
            this.actors = actors;
            this.negated = mods.negated();
        }

        void add(ActLexicon.Verb v, Span span) {
            verbs.add(v);
            verbSpans.add(span);
        }

        /** Reports something done at the meeting (signed, adopted): its object is a list of names, not a clause. */
        boolean reportsDone() { return verbs.stream().anyMatch(ActLexicon.Verb::perfective) && !object.isEmpty(); }

        /** "重申，…": a chaining verb whose object is the next clause. */
        boolean awaitsObject() { return object.isEmpty() && verbs.get(verbs.size() - 1).chains(); }

        /** The object runs on to the end of {@code seg}. */
        void extendTo(Span seg) {
            if (object.isEmpty()) object = new Span(seg.begin(), seg.begin());
            object = new Span(object.begin(), seg.end());
            end = seg.end();
        }

        /** The next clause is the object: its acts share it, or, if it has none, it is the object itself. */
        void absorb(Clause next) {
            if (next.verbs.stream().anyMatch(ActLexicon.Verb::isAct)) {
                verbs.addAll(next.verbs);
                verbSpans.addAll(next.verbSpans);
                object = next.object;
            } else {
                object = new Span(next.verbSpans.get(0).begin(), next.end); // "重申，致力于 X"
            }
            end = next.end;
        }

        /** "重申，对 X 表示欢迎" reaffirms and welcomes X; "重申，对 X 深表关切" reaffirms the concern. */
        void absorbCircumfix(Clause next, Span whole) {
            if (next.verbs.get(0).isAct()) {
                absorb(next);
            } else {
                object = whole;
                end = next.end;
            }
        }
    }
}
