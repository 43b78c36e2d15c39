package org.declkg.normalise;

import java.util.HashMap;
import java.util.Map;

/** Near-equality of two paragraphs: character-bigram Dice coefficient. */
final class Similarity {
    static final double NEAR_DUPLICATE = 0.97;

    private Similarity() {}

    static boolean nearlyEqual(String a, String b) {
        int shorter = Math.min(a.length(), b.length()), longer = Math.max(a.length(), b.length());
        if (shorter < 0.95 * longer) return false;
        return dice(a, b) >= NEAR_DUPLICATE;
    }

    static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) return a.equals(b) ? 1 : 0;
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 2 <= a.length(); i++) grams.merge(a.substring(i, i + 2), 1, Integer::sum);
        int common = 0;
        for (int i = 0; i + 2 <= b.length(); i++) {
            Integer n = grams.get(b.substring(i, i + 2));
            if (n != null && n > 0) {
                common++;
                grams.put(b.substring(i, i + 2), n - 1);
            }
        }
        return 2.0 * common / (a.length() - 1 + b.length() - 1);
    }
}
