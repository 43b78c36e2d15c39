package org.declkg.act;

import java.util.ArrayList;
import java.util.List;
import org.declkg.pipeline.Span;
import org.declkg.knowledge.Brackets;

/** A sentence cut at its commas, semicolons and colons, but never inside brackets or quotes. */
final class Segments {
    private static final String CUTS = "，；：";

    private Segments() {}

    static List<Span> of(String text, Span sentence) {
        List<Span> out = new ArrayList<>();
        Brackets brackets = new Brackets();
        int start = sentence.begin();
        int end = trimEnd(text, sentence);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            brackets.accept(c);
            if (CUTS.indexOf(c) >= 0 && brackets.outside()) {
                if (i > start) out.add(new Span(start, i));
                start = i + 1;
            }
        }
        if (end > start) out.add(new Span(start, end));
        return out;
    }

    /** The sentence without its final punctuation. */
    static int trimEnd(String text, Span s) {
        int end = s.end();
        while (end > s.begin() && "。！？；，：".indexOf(text.charAt(end - 1)) >= 0) end--;
        return end;
    }
}
