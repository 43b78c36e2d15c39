package org.declkg.knowledge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words with a value, found by longest match at a position of a text (or at its end) without cutting
 * the text: the stages ask at nearly every character, and most characters start no word at all.
 */
final class WordIndex<V> {
    private final BitSet firsts = new BitSet(), lasts = new BitSet();
    private final Map<Character, List<Map.Entry<String, V>>> byFirst = new HashMap<>(), byLast = new HashMap<>();

    WordIndex(Map<String, V> words) {
        for (Map.Entry<String, V> e : words.entrySet()) {
            String w = e.getKey();
            if (w.isEmpty()) continue;
            firsts.set(w.charAt(0));
            lasts.set(w.charAt(w.length() - 1));
            byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(Map.entry(w, e.getValue()));
            byLast.computeIfAbsent(w.charAt(w.length() - 1), c -> new ArrayList<>()).add(Map.entry(w, e.getValue()));
        }
        byFirst.values().forEach(WordIndex::longestFirst);
        byLast.values().forEach(WordIndex::longestFirst);
    }

    private static <V> void longestFirst(List<Map.Entry<String, V>> entries) {
        entries.sort((a, b) -> b.getKey().length() - a.getKey().length());
    }

    /** The value of the longest word that starts at {@code pos} of {@code text}, or null. */
    V at(String text, int pos) {
        if (pos < 0 || pos >= text.length() || !firsts.get(text.charAt(pos))) return null;
        for (Map.Entry<String, V> e : byFirst.get(text.charAt(pos)))
            if (text.startsWith(e.getKey(), pos)) return e.getValue();
        return null;
    }

    /** The value of the longest word that {@code text} ends with, or null. */
    V endOf(String text) {
        if (text.isEmpty() || !lasts.get(text.charAt(text.length() - 1))) return null;
        for (Map.Entry<String, V> e : byLast.get(text.charAt(text.length() - 1)))
            if (text.endsWith(e.getKey())) return e.getValue();
        return null;
    }
}
