package org.declkg.act;

import java.util.ArrayList;
import java.util.List;
import org.declkg.knowledge.ActLexicon;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.Grammar.Role;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Span;

/**
 * The verbs that open a clause: a chain of act verbs ("重申坚决支持"), a light verb carrying the act
 * verb after it ("表示支持", "承诺反对"), a verb after a prepositional phrase ("在…框架内支持"), or the
 * circumfix "对 X 表示欢迎".
 */
final class VerbReader {
    /** How far a prepositional phrase may reach before the verb it modifies. */
    private static final int PHRASE_MAX = 30;

    private final ActLexicon lexicon;
    private final Grammar grammar;
    private final List<String> coordinators;
    private final List<String> prepositions;
    private final List<String> lightVerbs;
    private final List<String> phraseEnds;
    private final List<String> adverbialParticles;
    private final List<String> objectMarkers;

    VerbReader(ActLexicon lexicon, Grammar grammar) {
        this.lexicon = lexicon;
        this.grammar = grammar;
        this.coordinators = grammar.words(Role.VERB_CONJUNCTION, Role.CLAUSE_CONJUNCTION, Role.CONJUNCTION,
                Role.LIST_SEPARATOR);
        this.prepositions = grammar.words(Role.PREPOSITION);
        this.lightVerbs = grammar.words(Role.LIGHT_VERB);
        this.phraseEnds = grammar.words(Role.PHRASE_END);
        this.adverbialParticles = grammar.words(Role.ADVERBIAL_PARTICLE);
        this.objectMarkers = grammar.words(Role.OBJECT_MARKER);
    }

    Modifiers modifiers(Annotation doc, int pos, int limit) {
        return Modifiers.skip(lexicon, adverbialParticles, objectMarkers, doc, pos, limit);
    }

    /**
     * "对 X 表示欢迎", "对 X 予以积极评价": a statement about X, or null when the clause does not end with a
     * circumfix verb or with a light verb, adverbs and an act verb.
     */
    Clause circumfix(Annotation doc, int dui, int markerLength, Span seg, int start, Modifiers mods) {
        String text = doc.text();
        Clause c = new Clause(start, List.of(), mods);
        c.end = seg.end();
        ActLexicon.Verb v = lexicon.circumfixEndingAt(text, seg.end());
        if (v != null) {
            c.add(v, new Span(seg.end() - v.surface().length(), seg.end()));
            c.object = new Span(dui + markerLength, seg.end() - v.surface().length());
            return c;
        }
        for (int k = seg.end() - 1; k > dui + markerLength; k--)
            for (String light : lightVerbs)
                if (text.startsWith(light, k) && actVerbsToEnd(doc, c, k + light.length(), seg.end())) {
                    c.object = new Span(dui + markerLength, k);
                    return c;
                }
        return null;
    }

    /** "表示支持", "表示祝贺和欢迎": reported verbs joined by conjunctions from {@code p} to the clause's end, added to {@code c}. */
    private boolean actVerbsToEnd(Annotation doc, Clause c, int p, int end) {
        String text = doc.text();
        List<Span> spans = new ArrayList<>();
        List<ActLexicon.Verb> found = new ArrayList<>();
        for (p = modifiers(doc, p, end).end(); p < end; p = modifiers(doc, p, end).end()) {
            ActLexicon.Verb v = lexicon.verbAt(text, p);
            if (v == null || !v.reported()) return false;
            found.add(v);
            spans.add(new Span(p, p + v.surface().length()));
            p += v.surface().length();
            String coordinator = coordinatorAt(text, p);
            if (coordinator != null) p += coordinator.length();
        }
        if (p != end || found.isEmpty()) return false;
        for (int i = 0; i < found.size(); i++) c.add(found.get(i), spans.get(i));
        return true;
    }

    /** A prepositional phrase before its verb: what it is about ("在 X 问题上" → X) and where the verb starts. */
    record Phrase(Span content, int verb) {}

    /**
     * The prepositional phrase at {@code p} and the verb after it ("在联合国框架内支持", "在 X 问题上相互支持",
     * "向 X 表示慰问"), or null: the phrase ends with its closing word (框架内, 问题上), adverbs may follow,
     * or the verb is a light verb.
     */
    Phrase afterPhrase(Annotation doc, int p, Span seg) {
        String text = doc.text();
        String preposition = prepositions.stream().filter(w -> text.startsWith(w, p)).findFirst().orElse(null);
        if (preposition == null) return null;
        int limit = Math.min(seg.end(), p + PHRASE_MAX);
        for (int i = p + 1; i < limit; i++) {
            final int at = i;
            String closing = phraseEnds.stream().filter(w -> at >= p + preposition.length() + w.length()
                    && text.startsWith(w, at - w.length())).findFirst().orElse(null);
            int verbAt = closing != null ? modifiers(doc, i, seg.end()).end() : i;
            ActLexicon.Verb v = lexicon.verbAt(text, verbAt);
            if (v == null) continue;
            // a perfective verb not marked done is a preposition or part of the phrase ("在…基础上通过协商")
            if (v.perfective() && !grammar.startsWith(text, verbAt + v.surface().length(), Role.PERFECTIVE)) continue;
            if (closing != null || lightVerbs.contains(v.surface()) || !v.reported()) // "向 X 致以慰问"
                return new Phrase(new Span(p + preposition.length(), i - (closing == null ? 0 : closing.length())), verbAt);
        }
        return null;
    }

    /** The verbs opening a clause at {@code p} ("重申坚决支持"), or null when it opens with none. */
    Clause chain(Annotation doc, int p, int limit, boolean explicitSubject, Modifiers mods, int start) {
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
                p = modifiers(doc, end, limit).end();
                continue;
            }
            c.add(v, new Span(p, end));
            p = end;
            String coordinator = coordinatorAt(text, p);
            // a plain predicate's content follows it, unless a conjunction joins an act verb ("忆及和充分肯定 X")
            if (!v.isAct() && (coordinator == null || !actVerbAfter(doc, p + coordinator.length(), limit))) break;
            beforeModifiers = p;
            mayChain = v.chains() || coordinator != null;
            if (coordinator != null) p += coordinator.length();
            p = modifiers(doc, p, limit).end();
        }
        if (c.verbs.isEmpty()) return null;
        c.object = new Span(p, limit);
        c.end = limit;
        return c;
    }

    /** Whether a lexicon verb (any) starts at {@code pos}: an object that does is a verb phrase. */
    boolean verbAt(String text, int pos) { return lexicon.verbAt(text, pos) != null; }

    private String coordinatorAt(String text, int p) {
        for (String w : coordinators) if (text.startsWith(w, p)) return w;
        return null;
    }

    private boolean actVerbAfter(Annotation doc, int pos, int limit) {
        ActLexicon.Verb next = lexicon.verbAt(doc.text(), modifiers(doc, pos, limit).end());
        return next != null && next.isAct() && !next.perfective();
    }
}
