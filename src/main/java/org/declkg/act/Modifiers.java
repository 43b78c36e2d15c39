package org.declkg.act;

import org.declkg.knowledge.ActLexicon;

import java.util.List;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Token;

/**
 * The adverbs between a subject and its verb ("将继续", "强烈", "不", "一如既往地"): the lexicon's, any
 * word HanLP tags as an adverb, and a short word made an adverb by a particle ({@code particles}: 地).
 * A verb of the lexicon is never skipped ("高度评价" is a verb, not 高度 + 评价), nor a word HanLP takes for
 * an adverb that opens with a {@code stop} (对此: the object marker of "对此表示欢迎").
 */
record Modifiers(int end, boolean negated, boolean future) {
    /** The longest word an adverbial particle turns into an adverb ("坚定不移地"). */
    private static final int ADVERB_MAX = 5;

    static Modifiers skip(ActLexicon lexicon, List<String> particles, List<String> stops, Annotation doc, int pos, int limit) {
        String text = doc.text();
        boolean negated = false, future = false;
        while (pos < limit && lexicon.verbAt(text, pos) == null) {
            ActLexicon.Modifier m = lexicon.modifierAt(text, pos);
            int at = pos;
            if (m == null && startsWithOne(text, at, stops)) break;
            int len = m != null ? m.word().length() : adverbAt(doc, pos, limit);
            if (len == 0) len = madeAdverb(doc, particles, pos, limit);
            else len += particleAt(doc, particles, pos + len); // "坚定地"
            if (len == 0) break;
            if (m != null) {
                negated |= m.negation();
                future |= m.future();
            }
            pos += len;
        }
        return new Modifiers(pos, negated, future);
    }

    /** "一如既往地": a short word and the particle after it, or 0. */
    private static int madeAdverb(Annotation doc, List<String> particles, int pos, int limit) {
        for (int len = 1; len <= ADVERB_MAX && pos + len < limit; len++) {
            if (!Character.isLetter(doc.text().charAt(pos + len - 1))) return 0;
            int particle = particleAt(doc, particles, pos + len);
            if (particle > 0) return len + particle;
        }
        return 0;
    }

    /** The particle at {@code pos} as a word of its own (so 地 of 地区 is none), or 0. */
    private static int particleAt(Annotation doc, List<String> particles, int pos) {
        if (!startsWithOne(doc.text(), pos, particles)) return 0; // most places hold none: no word to look up
        Token t = doc.tokenStartingAt(pos);
        return t != null && particles.contains(t.word()) && t.tag().startsWith("u") ? t.span().length() : 0;
    }

    private static boolean startsWithOne(String text, int pos, List<String> words) {
        for (int i = 0; i < words.size(); i++) if (text.startsWith(words.get(i), pos)) return true;
        return false;
    }

    private static int adverbAt(Annotation doc, int pos, int limit) {
        Token t = doc.tokenStartingAt(pos);
        return t != null && t.tag().startsWith("d") && t.span().end() <= limit ? t.span().length() : 0;
    }
}
