package org.declkg.sentence;

import org.declkg.knowledge.Brackets;

import java.util.EnumSet;
import java.util.Set;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Layer;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Span;
import org.declkg.pipeline.Stage;

/** Splits at 。！？ and at paragraph ends, never inside 《》, quotes or parentheses. */
public final class SentenceSplitter implements Stage {
    private static final String ENDS = "。！？";

    @Override
    public Set<Layer> requires() { return EnumSet.of(Layer.TEXT); }

    @Override
    public Set<Layer> provides() { return EnumSet.of(Layer.SENTENCES); }

    @Override
    public void annotate(Annotation doc) {
        String text = doc.text();
        Brackets brackets = new Brackets();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(doc, start, i);
                start = i + 1;
                brackets = new Brackets();
                continue;
            }
            brackets.accept(c);
            int end = ENDS.indexOf(c) >= 0 ? endAfterQuotes(text, i + 1, brackets) : -1;
            if (end > 0) {
                add(doc, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(doc, start, text.length());
    }

    /** A stop ends a sentence outside brackets, or just before the quotes that close all of them ("…。”"). */
    private static int endAfterQuotes(String text, int from, Brackets brackets) {
        if (brackets.outside()) return from;
        Brackets probe = brackets.copy();
        int end = from;
        while (end < text.length() && "”’」』".indexOf(text.charAt(end)) >= 0) {
            probe.accept(text.charAt(end++));
            if (probe.outside()) {
                for (int k = from; k < end; k++) brackets.accept(text.charAt(k));
                return end;
            }
        }
        return -1;
    }

    private static void add(Annotation doc, int begin, int end) {
        String text = doc.text();
        while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > begin) doc.sentences().add(new Sentence(doc.sentences().size(), new Span(begin, end)));
    }
}
