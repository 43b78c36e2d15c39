package org.declkg.normalise;

import java.util.HashMap;
import java.util.Map;

/** Near-equality of two paragraphs: character-bigram Dice coefficient, with the same numbers. */
final class Similarity {
    static final double NEAR_DUPLICATE = 0.92;
    static final double LENGTH_RATIO = 0.95;

    private Similarity() {}

    /** A paragraph's character bigrams, counted once and compared with many others. */
    static final class Bigrams {
        private final String text;
        private final int length;
        private Map<String, Integer> counts;

        Bigrams(String s) {
            text = s;
            length = s.length();
        }

        private Map<String, Integer> counts() {
            if (counts == null) {
                counts = new HashMap<>();
                for (int i = 0; i + 2 <= length; i++) counts.merge(text.substring(i, i + 2), 1, Integer::sum);
            }
            return counts;
        }

        /** Cheap test first: near-duplicates have close lengths and share their opening or their close. */
        boolean mayBeNear(Bigrams o) {
            int shorter = Math.min(length, o.length), longer = Math.max(length, o.length);
            return shorter >= LENGTH_RATIO * longer
                    && (text.regionMatches(0, o.text, 0, 4) || text.regionMatches(length - 4, o.text, o.length - 4, 4));
        }

        double dice(Bigrams o) {
            int total = Math.max(0, length - 1) + Math.max(0, o.length - 1);
            if (total == 0) return 0;
            int common = 0;
            for (Map.Entry<String, Integer> e : counts().entrySet()) {
                Integer n = o.counts().get(e.getKey());
                if (n != null) common += Math.min(n, e.getValue());
            }
            return 2.0 * common / total;
        }

        /** Nearly the same words and exactly the same numbers: two paragraphs that differ in a date are two. */
        boolean nearlyEqual(Bigrams o) {
            int shorter = Math.min(length, o.length), longer = Math.max(length, o.length);
            return shorter >= LENGTH_RATIO * longer && digits(text).equals(digits(o.text)) && dice(o) >= NEAR_DUPLICATE;
        }

        private static String digits(String s) {
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) if (c >= '0' && c <= '9') b.append(c);
            return b.toString();
        }
    }
}
