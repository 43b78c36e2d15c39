package org.declkg.argument;

import java.util.ArrayList;
import java.util.List;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.Span;
import org.declkg.pipeline.Token;
import org.declkg.sentence.Brackets;

/**
 * Events the text names with a date in parentheses anywhere, not only as the object of a statement:
 * "赞赏中方为传统医学论坛（2026年5月18日，南宁）的举办所作的努力" names the forum. The name is the run of
 * words before the parenthesis, back to a preposition, conjunction, particle, pronoun or punctuation
 * (what stands inside quotes belongs to the name).
 */
final class NamedEventFinder {
    private static final List<String> STOP_TAGS = List.of("p", "c", "u", "r", "w");

    private final Annotation doc;
    private final List<DateMention> dates;
    private final Classifier classifier;

    NamedEventFinder(Annotation doc, List<DateMention> dates, Classifier classifier) {
        this.doc = doc;
        this.dates = dates;
        this.classifier = classifier;
    }

    /** Events named with a dated parenthesis that no entity found so far covers. */
    List<Argument> find(List<Argument> known) {
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
