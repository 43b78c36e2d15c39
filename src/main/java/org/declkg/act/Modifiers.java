package org.declkg.act;

import org.declkg.knowledge.ActLexicon;

import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Token;

/**
 * The adverbs between a subject and its verb ("将继续", "强烈", "不"): the lexicon's, and any word
 * HanLP tags as an adverb. A verb of the lexicon is never skipped ("高度评价" is a verb, not 高度 + 评价).
 */
record Modifiers(int end, boolean negated, boolean future) {
    static Modifiers skip(ActLexicon lexicon, Annotation doc, int pos, int limit) {
        String text = doc.text();
        boolean negated = false, future = false;
        while (pos < limit && lexicon.verbAt(text, pos) == null) {
            ActLexicon.Modifier m = lexicon.modifierAt(text, pos);
            int len = m != null ? m.word().length() : adverbAt(doc, pos, limit);
            if (len == 0) break;
            if (m != null) {
                negated |= m.negation();
                future |= m.future();
            }
            pos += len;
        }
        return new Modifiers(pos, negated, future);
    }

    private static int adverbAt(Annotation doc, int pos, int limit) {
        Token t = doc.tokenStartingAt(pos);
        return t != null && t.tag().startsWith("d") && t.span().end() <= limit ? t.span().length() : 0;
    }
}
