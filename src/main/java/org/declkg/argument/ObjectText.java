package org.declkg.argument;

import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.Grammar.Role;
import org.declkg.pipeline.DateMention;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Ref;
import org.declkg.pipeline.Span;
import org.declkg.pipeline.Token;
import org.declkg.knowledge.Brackets;
import org.declkg.knowledge.Gazetteer;

/**
 * The text as the object readers see it: spans and their words, the dates and names inside a span,
 * and the cuts and trims they share.
 */
final class ObjectText {
    /** The punctuation between the pieces of an object, trimmed from them. */
    static final String PUNCTUATION = "，；、";
    final Annotation doc;
    final String text;
    final Grammar grammar;
    /** The grammatical words the readers test for at one place: "X 的 Y", "对 X", "在 X", "于 DATE", "将". */
    final String attributive, objectMarker, placePreposition, timePreposition, future;
    /** Words that join conjuncts; one that opens a piece cut at a coarser separator is no part of it. */
    private final Separators conjunctions;
    private final List<DateMention> dates;
    private final Gazetteer gazetteer;
    /** The characters a cut of the grammar's separators stops at: marks, and the first characters of separators. */
    private final BitSet stopChars = new BitSet();
    /** Where the text has one of them, so that a cut passes the characters in between at once. */
    private final BitSet stops = new BitSet();

    ObjectText(Annotation doc, List<DateMention> dates, Grammar grammar, Gazetteer gazetteer) {
        this.doc = doc;
        this.text = doc.text();
        this.dates = dates;
        this.grammar = grammar;
        this.gazetteer = gazetteer;
        this.attributive = grammar.word(Role.ATTRIBUTIVE);
        this.objectMarker = grammar.word(Role.OBJECT_MARKER);
        this.placePreposition = grammar.word(Role.PLACE_PREPOSITION);
        this.timePreposition = grammar.word(Role.TIME_PREPOSITION);
        this.future = grammar.word(Role.FUTURE);
        this.conjunctions = new Separators(grammar.words(Role.CLAUSE_CONJUNCTION, Role.CONJUNCTION, Role.VERB_CONJUNCTION));
        for (String w : grammar.words(Role.CLAUSE_CONJUNCTION, Role.CONJUNCTION, Role.VERB_CONJUNCTION, Role.LIST_SEPARATOR))
            stopChars.set(w.charAt(0));
        PUNCTUATION.chars().forEach(stopChars::set);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (stopChars.get(c) || Brackets.isMark(c)) stops.set(i);
        }
    }

    String of(Span s) { return s.of(text); }

    List<Mention> mentionsIn(Span s) { return doc.mentionsIn(s); }

    /** Dates inside a span, not counting those inside a title. */
    List<DateMention> datesIn(Span s) {
        List<DateMention> out = new ArrayList<>();
        int lo = 0, hi = dates.size();
        while (lo < hi) { // dates are in text order
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).span().begin() < s.begin()) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < dates.size() && dates.get(i).span().begin() < s.end(); i++) {
            DateMention d = dates.get(i);
            if (s.contains(d.span()) && !insideTitle(d.span(), s)) out.add(d);
        }
        return out;
    }

    /** Dates inside 《》 belong to the title ("2026—2035年发展战略"), not to the thing. */
    private boolean insideTitle(Span d, Span within) {
        int depth = 0;
        for (int i = within.begin(); i < d.begin(); i++) {
            if (text.charAt(i) == '《') depth++;
            else if (text.charAt(i) == '》') depth--;
        }
        return depth > 0;
    }

    /** Names something particular: a quoted name, a title, a date, or a place. */
    boolean isSpecific(Span s) {
        String t = of(s);
        return t.contains("“") || t.contains("《") || !datesIn(s).isEmpty()
                || mentionsIn(s).stream().anyMatch(ObjectText::isPlace);
    }

    /**
     * Cuts at the separators that stand outside brackets. A separator that is a word ("和", "以及") cuts
     * only where it is a word of its own, never inside another ("共和国", "和平").
     */
    List<Span> cut(Span s, Separators separators) {
        List<Span> out = new ArrayList<>();
        Brackets b = new Brackets();
        int start = s.begin();
        boolean indexed = separators.startWithin(stopChars); // else every character is looked at
        for (int i = next(s.begin(), indexed); i >= 0 && i < s.end(); i = next(i + 1, indexed)) {
            char c = text.charAt(i);
            b.accept(c);
            if (!b.outside() || !separators.mayStartWith(c)) continue;
            for (String sep : separators.words()) {
                if (text.startsWith(sep, i) && i + sep.length() <= s.end() && standsAlone(sep, i)) {
                    if (i > start) out.add(withoutConjunction(trim(new Span(start, i))));
                    start = i + sep.length();
                    i = start - 1;
                    break;
                }
            }
        }
        if (s.end() > start) out.add(withoutConjunction(trim(new Span(start, s.end()))));
        out.removeIf(Span::isEmpty);
        return out;
    }

    private int next(int from, boolean indexed) { return indexed ? stops.nextSetBit(from) : from; }

    /** A piece without a conjunction it opens with ("，以及B" → "B"), when the conjunction stands alone. */
    private Span withoutConjunction(Span s) {
        if (s.isEmpty() || !conjunctions.mayStartWith(text.charAt(s.begin()))) return s;
        for (String w : conjunctions.words())
            if (s.length() > w.length() && text.startsWith(w, s.begin()) && standsAlone(w, s.begin()))
                return new Span(s.begin() + w.length(), s.end());
        return s;
    }

    private boolean standsAlone(String separator, int at) {
        if (!Character.isLetter(separator.charAt(0))) return true; // punctuation
        Token word = doc.tokenStartingAt(at);
        return word != null && word.word().equals(separator);
    }

    Span trim(Span s) {
        int b = s.begin(), e = s.end();
        while (b < e && PUNCTUATION.indexOf(text.charAt(b)) >= 0) b++;
        while (e > b && PUNCTUATION.indexOf(text.charAt(e - 1)) >= 0) e--;
        return new Span(b, e);
    }

    /** The parenthesis that ends a span, when something comes before it. */
    Span trailingParen(Span s) {
        if (s.isEmpty() || text.charAt(s.end() - 1) != '）') return null;
        int depth = 0;
        for (int i = s.end() - 1; i >= s.begin(); i--) {
            char c = text.charAt(i);
            if (c == '）') depth++;
            else if (c == '（' && --depth == 0) return i > s.begin() ? new Span(i, s.end()) : null;
        }
        return null;
    }

    /** The span without its trailing parenthesis. */
    Span nameOf(Span s) {
        Span p = trailingParen(s);
        return p != null ? new Span(s.begin(), p.begin()) : s;
    }

    /** The span without a word of the role at its end ("…成果"), and without the 的 before it. */
    Span stripSuffix(Span s, Role role) {
        String w = grammar.suffix(of(s), role);
        if (w == null || w.length() >= s.length()) return s;
        Span out = new Span(s.begin(), s.end() - w.length());
        while (out.length() > attributive.length() && endsWith(out, attributive))
            out = new Span(out.begin(), out.end() - attributive.length());
        return out;
    }

    /** Whether the text has {@code word} right before {@code pos}. */
    boolean precededBy(int pos, String word) {
        return pos >= word.length() && text.startsWith(word, pos - word.length());
    }

    boolean endsWith(Span s, String word) {
        return s.length() >= word.length() && text.startsWith(word, s.end() - word.length());
    }

    boolean startsWithAny(Span s, List<String> words) {
        return words.stream().anyMatch(w -> text.startsWith(w, s.begin()));
    }

    static boolean isPlace(Mention m) {
        return m.kind() == EntityKind.PLACE || m.kind() == EntityKind.STATE;
    }

    Ref ref(Mention m) {
        Gazetteer.Entry e = gazetteer.entry(m.kind(), m.key());
        return new Ref(m.kind(), m.key(), e != null ? e.labelZh() : of(m.span()));
    }

    static Ref unknownPlace(String label) { return new Ref(EntityKind.PLACE, null, label); }

    static List<Ref> placeList(Ref r) { return r == null ? List.of() : List.of(r); }
}
