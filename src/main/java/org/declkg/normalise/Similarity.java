package org.declkg.normalise;

import java.util.Arrays;

/** Near-equality of two paragraphs: character-bigram Dice coefficient, with the same numbers. */
final class Similarity {
    static final double NEAR_DUPLICATE = 0.92;
    static final double LENGTH_RATIO = 0.95;

    private Similarity() {}

    /** A paragraph's character bigrams, counted once and compared with many others. */
    static final class Bigrams {
        private final String text;
        private final int length;
        /** Each bigram as its two characters in one int, sorted: a multiset two merges can compare. */
        private int[] grams;

        Bigrams(String s) {
            text = s;
            length = s.length();
        }

        private int[] grams() {
            if (grams == null) {
                grams = new int[Math.max(0, length - 1)];
                for (int i = 0; i + 2 <= length; i++) grams[i] = text.charAt(i) << 16 | text.charAt(i + 1);
                Arrays.sort(grams);
            }
            return grams;
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
            int[] a = grams(), b = o.grams();
            int common = 0;
            for (int i = 0, j = 0; i < a.length && j < b.length; ) { // a bigram both have, as often as the rarer has it
                if (a[i] == b[j]) { common++; i++; j++; }
                else if (a[i] < b[j]) i++;
                else j++;
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
