package org.declkg.argument;

import org.declkg.knowledge.Grammar.Role;

import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.HeadNouns;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Span;

/**
 * Cuts a list ("A、B和C") into its conjuncts when every conjunct names a thing. Separators are tried
 * coarsest first; a finer level only when the coarser ones gave nothing. Conjuncts that lack a head
 * noun share the last one's ("在A及在B发生的恐怖袭击事件").
 */
final class ListSplitter {
    /** The level of the clause conjunctions, which join clauses rather than names. */
    private static final int CLAUSE_LEVEL = 1;
    /** List separators, coarsest first. */
    private final List<Separators> levels;
    /** What separates the subjects of a field list ("环境、卫生和气候领域"). */
    private final Separators subjectSeparators;
    private static final int MAX_SUBJECT = 8;

    private final ObjectText t;
    private final HeadNouns heads;
    private final Classifier classifier;
    private final Function<Span, Argument> proposition;

    ListSplitter(ObjectText t, HeadNouns heads, Classifier classifier, Function<Span, Argument> proposition) {
        this.t = t;
        this.heads = heads;
        this.classifier = classifier;
        this.proposition = proposition;
        Grammar g = t.grammar;
        this.levels = List.of(Separators.of("，", "；"), new Separators(g.words(Role.CLAUSE_CONJUNCTION)),
                new Separators(g.words(Role.LIST_SEPARATOR)), new Separators(g.words(Role.CONJUNCTION)));
        this.subjectSeparators = new Separators(g.words(Role.LIST_SEPARATOR, Role.CONJUNCTION));
    }

    /** The things of a list, or null when it is no list of things. */
    List<Argument> split(Span part, int level) {
        List<Argument> fields = level == 0 ? fieldList(part) : null;
        if (fields != null) return fields;
        for (int l = level; l < levels.size(); l++) {
            List<Span> pieces = t.cut(part, levels.get(l));
            if (pieces.size() < 2) continue;
            List<Argument> out = conjuncts(pieces, l);
            if (out != null) return out;
        }
        return null;
    }

    /**
     * A list whose every conjunct is a whole name with its own head noun ("关于A的建议和关于B的倡议"),
     * or null. Tried before a name is read as one proposal, whose "关于…的" may hold lists of its own.
     */
    List<Argument> splitWhole(Span part) { return splitWhole(part, 0); }

    /** The same from a separator level on: "A、B和C" is cut at "、", then "B和C" at "和". */
    private List<Argument> splitWhole(Span part, int level) {
        for (int l = level; l < levels.size(); l++) {
            List<Span> pieces = t.cut(part, levels.get(l));
            if (pieces.size() < 2) continue;
            List<Argument> out = new ArrayList<>();
            for (Span piece : pieces) {
                HeadNouns.Head h = heads.of(t.of(t.nameOf(t.stripSuffix(piece, Role.OUTCOME))));
                Argument a = h == null ? null : classifier.classify(piece, null);
                if (a == null || a.kind() != h.kind()) return null;
                List<Argument> finer = splitWhole(piece, l + 1);
                out.addAll(finer != null ? finer : List.of(a));
            }
            return out;
        }
        return null;
    }

    /**
     * Each piece as a thing (sharing the last piece's head noun where they lack one), or null. At the
     * clause-like levels (commas, 以及) a piece that names nothing stays a proposition of its own.
     */
    private List<Argument> conjuncts(List<Span> pieces, int level) {
        Span last = pieces.get(pieces.size() - 1);
        String tail = sharedTail(t.stripSuffix(last, Role.OUTCOME));
        List<Argument> out = new ArrayList<>();
        boolean clauses = level == CLAUSE_LEVEL;
        int named = 0, bare = 0;
        for (Span piece : pieces) {
            Argument a = classifier.classify(piece, null);
            if (a == null && tail != null && piece != last && t.isSpecific(piece)) a = classifier.classify(piece, tail);
            if (a == null) {
                List<Argument> finer = split(piece, level + 1); // "《A》、《B》和《C》"
                if (finer != null) {
                    out.addAll(finer);
                    named++;
                    continue;
                }
            }
            if (a == null && clauses && piece.length() >= 6) {
                out.add(proposition.apply(piece));
                continue;
            }
            if (a == null) return null;
            named++;
            if (a.named() != null) bare++;
            List<Argument> finer = a.label().equals(t.of(piece)) ? split(piece, level + 1) : null;
            out.addAll(finer != null ? finer : List.of(a));
        }
        boolean mixed = bare > 0 && bare < pieces.size(); // "以色列和美国…发动的侵略" is one event
        return named > 0 && !mixed ? out : null;
    }

    /**
     * "某组织环境和气候领域合作计划": a name whose subject is a list of bare words before a field word is one
     * thing per subject, each with the name's owner and its end ("某组织气候领域合作计划"); null for any other.
     */
    private List<Argument> fieldList(Span part) {
        List<Span> pieces = t.cut(part, subjectSeparators);
        if (pieces.size() < 2) return null;
        Span last = pieces.get(pieces.size() - 1);
        String lastName = t.of(last);
        int field = fieldWordAt(lastName);
        if (field <= 0) return null;
        String end = lastName.substring(field);
        Argument whole = classifier.classify(part, null);
        if (whole == null || whole.kind() != Argument.Kind.DOCUMENT || !whole.label().equals(t.of(part))) return null;

        Mention owner = t.doc.mentionStartingAt(part.begin());
        boolean owned = owner != null && (owner.kind() == EntityKind.STATE || owner.kind() == EntityKind.ORGANISATION);
        String prefix = owned ? t.of(owner.span()) : "";
        List<Argument> out = new ArrayList<>();
        for (Span piece : pieces) {
            int from = piece == pieces.get(0) ? piece.begin() + prefix.length() : piece.begin();
            int to = piece == last ? last.begin() + field : piece.end();
            Span subject = new Span(from, to);
            if (!isBareSubject(subject)) return null;
            out.add(new Argument(whole.kind(), piece, prefix + t.of(subject) + end, whole.typeKey(), whole.start(),
                    whole.end(), whole.places(), List.of(), List.of(), null, List.of(), null));
        }
        return out;
    }

    /** Where the first field word of a name starts ("领域" of "气候领域合作计划"), or -1. */
    private int fieldWordAt(String name) {
        int at = -1;
        for (String w : t.grammar.words(Role.FIELD)) {
            int i = name.indexOf(w);
            if (i >= 0 && (at < 0 || i < at)) at = i;
        }
        return at;
    }

    /** A few words that name a subject, not a thing of their own ("环境", "经贸"). */
    private boolean isBareSubject(Span s) {
        String str = t.of(s);
        return !str.isEmpty() && str.length() <= MAX_SUBJECT && heads.of(str) == null
                && str.chars().noneMatch(c -> c == '《' || c == '“') && t.mentionsIn(s).isEmpty();
    }

    /** The part of a conjunct's end that other conjuncts share: "发动的恐怖袭击事件" of "…在X发动的恐怖袭击事件". */
    private String sharedTail(Span last) {
        String s = t.of(t.nameOf(last));
        HeadNouns.Head h = heads.of(s);
        if (h == null) return null;
        int cut = s.length() - h.noun().length();
        if (cut > 0 && s.startsWith(t.attributive, cut - t.attributive.length())) cut -= t.attributive.length();
        for (String v : t.grammar.words(Role.HOSTING)) {
            int i = s.lastIndexOf(v + t.attributive);
            if (i >= 0 && i < cut) cut = Math.min(cut, i);
        }
        return s.substring(cut);
    }
}
