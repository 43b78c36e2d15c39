package org.declkg.argument;

import org.declkg.knowledge.Grammar.Role;

import org.declkg.knowledge.Grammar;
import org.declkg.pipeline.DateMention;

import java.util.ArrayList;
import java.util.List;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.Span;
import org.declkg.pipeline.Token;
import org.declkg.knowledge.Brackets;

/**
 * Events the text names with a date anywhere, not only as the object of a statement: after a date and
 * a hosting verb ("2026年9月在X举行的Y论坛取得积极成果"), or with a date in parentheses:
 * "赞赏中方为传统医学论坛（2026年5月18日，南宁）的举办所作的努力" names the forum. The name is the run of
 * words before the parenthesis, back to a preposition, conjunction, particle, pronoun or punctuation
 * (what stands inside quotes belongs to the name).
 */
final class NamedEventFinder {
    private static final List<String> STOP_TAGS = List.of("p", "c", "u", "r", "w");
    private static final String CLAUSE_ENDS = "，。；：、\n";
    /** How far after a date the hosting verb may stand ("在某某州首府某某市举行的"). */
    private static final int MAX_PLACE = 24;

    private final Annotation doc;
    private final List<DateMention> dates;
    private final Classifier classifier;
    private final Grammar grammar;

    NamedEventFinder(Annotation doc, List<DateMention> dates, Classifier classifier, Grammar grammar) {
        this.doc = doc;
        this.dates = dates;
        this.classifier = classifier;
        this.grammar = grammar;
    }

    /** Events named with a dated parenthesis, or after "DATE 在 X 举行的", that no entity found so far covers. */
    List<Argument> find(List<Argument> known) {
        List<Argument> out = inParentheses(known);
        out.addAll(afterHeldOn(known));
        return out;
    }

    /**
     * "2026年9月在X举行的Y论坛取得积极成果": the longest name after the hosting verb and 的 that, read
     * from the date on, is an event.
     */
    private List<Argument> afterHeldOn(List<Argument> known) {
        List<Argument> out = new ArrayList<>();
        for (DateMention d : dates) {
            if (known.stream().anyMatch(a -> a.span().contains(d.span()))) continue;
            int clauseEnd = clauseEnd(d.span().end());
            int nameFrom = afterHostingVerb(d.span().end(), Math.min(clauseEnd, d.span().end() + MAX_PLACE));
            if (nameFrom < 0) continue;
            List<Token> words = doc.tokensIn(new Span(nameFrom, clauseEnd));
            for (int i = words.size() - 1; i >= 0; i--) {
                Argument a = classifier.classify(new Span(d.span().begin(), words.get(i).span().end()), null);
                if (a != null && a.kind() == Argument.Kind.EVENT) {
                    out.add(a);
                    break;
                }
            }
        }
        return out;
    }

    /** Where the name starts after "在 X 举行的" between {@code from} and {@code to}, or -1. */
    private int afterHostingVerb(int from, int to) {
        String text = doc.text(), attributive = grammar.word(Role.ATTRIBUTIVE);
        for (int i = from; i < to; i++)
            for (String v : grammar.words(Role.HOSTING))
                if (text.startsWith(v + attributive, i)) return i + v.length() + attributive.length();
        return -1;
    }

    private int clauseEnd(int from) {
        String text = doc.text();
        int i = from;
        while (i < text.length() && CLAUSE_ENDS.indexOf(text.charAt(i)) < 0) i++;
        return i;
    }

    private List<Argument> inParentheses(List<Argument> known) {
        String text = doc.text();
        List<Argument> out = new ArrayList<>();
        for (int open = text.indexOf('（'); open > 0; open = text.indexOf('（', open + 1)) {
            int close = Brackets.closing(text, open, text.length());
            if (close < 0 || !hasDate(new Span(open, close))) continue;
            Span paren = new Span(open, close + 1);
            if (known.stream().anyMatch(a -> a.span().contains(paren))) continue;
            int start = nameStart(open);
            if (start >= open) continue;
            Argument a = classifier.classify(new Span(start, close + 1), null);
            if (a != null && a.kind() == Argument.Kind.EVENT) out.add(a);
        }
        return out;
    }

    private boolean hasDate(Span paren) {
        return dates.stream().anyMatch(d -> paren.contains(d.span()));
    }

    /** Where the name before {@code open} starts. */
    private int nameStart(int open) {
        List<Token> before = doc.tokensIn(new Span(Math.max(0, open - 40), open));
        int start = open, quotes = 0;
        for (int i = before.size() - 1; i >= 0; i--) {
            Token t = before.get(i);
            if (t.span().end() != start) break;
            if (t.word().equals("”")) quotes++;
            else if (t.word().equals("“")) quotes--;
            boolean inside = quotes > 0 || t.word().equals("“");
            if (!inside && stops(t)) break;
            start = t.span().begin();
            if (quotes < 0) break;
        }
        return start;
    }

    private static boolean stops(Token t) {
        return !t.word().equals("”") && STOP_TAGS.stream().anyMatch(t.tag()::startsWith);
    }
}
