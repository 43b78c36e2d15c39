package org.declkg.act;

import java.util.ArrayList;
import java.util.List;
import org.declkg.knowledge.ActLexicon;
import org.declkg.pipeline.Act;
import org.declkg.pipeline.Actor;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Span;

/** A statement being read: its verbs, who speaks, and its object so far. */
final class Clause {
    private static final String TRIMMED = "，；：、 ";

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

    /** A clause with the same verbs and speakers about another object ("…，包括 X": X too). */
    Clause about(Span newObject, int newEnd) {
        Clause c = new Clause(start, actors, new Modifiers(0, negated, false));
        c.verbs.addAll(verbs);
        c.verbSpans.addAll(verbSpans);
        c.object = newObject;
        c.end = newEnd;
        return c;
    }

    void add(ActLexicon.Verb v, Span span) {
        verbs.add(v);
        verbSpans.add(span);
    }

    boolean hasSpecificAct() { return verbs.stream().anyMatch(ActLexicon.Verb::isAct); }

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
        if (next.hasSpecificAct()) {
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

    /**
     * Adds the acts of this clause to the document: one per reported verb, unless denied or a third
     * party's; a signing or adoption the clause dates before the declaration is only a mention.
     */
    void emit(Annotation doc, PastDates past) {
        if (negated || actors.isEmpty()) return;
        Span o = trim(doc.text(), object);
        if (o.isEmpty()) return;
        Span clause = new Span(start, end);
        for (int i = 0; i < verbs.size(); i++) {
            ActLexicon.Verb v = verbs.get(i);
            if (v.perfective() && past.in(new Span(start, verbSpans.get(i).begin()))) continue;
            if (v.reported()) doc.acts().add(new Act(v.actClass(), verbSpans.get(i), o, clause, actors));
        }
    }

    static Span trim(String text, Span s) {
        int b = s.begin(), e = s.end();
        while (b < e && TRIMMED.indexOf(text.charAt(b)) >= 0) b++;
        while (e > b && TRIMMED.indexOf(text.charAt(e - 1)) >= 0) e--;
        return new Span(b, e);
    }
}
