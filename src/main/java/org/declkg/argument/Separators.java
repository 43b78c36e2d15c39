package org.declkg.argument;

import java.util.BitSet;
import java.util.List;

/**
 * Words that cut a span, with the characters they start with: a cut tests every character of the
 * span, and most characters start no separator at all.
 */
final class Separators {
    private final List<String> words;
    private final BitSet initials = new BitSet();

    Separators(List<String> words) {
        this.words = List.copyOf(words);
        for (String w : words) initials.set(w.charAt(0));
    }

    static Separators of(String... words) { return new Separators(List.of(words)); }

    List<String> words() { return words; }

    /** Whether every separator starts with a character of {@code chars}. */
    boolean startWithin(BitSet chars) {
        for (String w : words) if (!chars.get(w.charAt(0))) return false;
        return true;
    }

    /** Whether a separator may start with {@code c}. */
    boolean mayStartWith(char c) { return initials.get(c); }
}
