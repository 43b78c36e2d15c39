package org.declkg.act;

/** The adverbs between a subject and its verb ("将继续", "强烈", "不"); whether one of them negates. */
record Modifiers(int end, boolean negated) {
    static Modifiers skip(ActLexicon lexicon, String text, int pos, int limit) {
        boolean negated = false;
        int len;
        while (pos < limit && (len = lexicon.modifierAt(text, pos)) > 0) {
            negated |= lexicon.isNegation(text.substring(pos, pos + len));
            pos += len;
        }
        return new Modifiers(pos, negated);
    }
}
