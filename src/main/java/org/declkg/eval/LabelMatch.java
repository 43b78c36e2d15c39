package org.declkg.eval;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * When two labels name the same thing: equal once normalised (width, spaces, quotes and brackets
 * removed), or character-bigram Dice at least {@value #DICE}, or one inside the other when the
 * shorter has at least {@value #MIN_CONTAINED} characters and {@value #CONTAINED_SHARE} of the longer's length.
 */
public final class LabelMatch {
    public static final double DICE = 0.8;
    public static final int MIN_CONTAINED = 6;
    public static final double CONTAINED_SHARE = 0.6;

    private LabelMatch() {}

    public static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) if (Character.isLetterOrDigit(c)) b.append(c);
        return b.toString();
    }

    /** A score in [0, 1]; 0 when the labels do not match. */
    public static double score(String gold, String extracted) {
        String a = normalise(gold), b = normalise(extracted);
        if (a.isEmpty() || b.isEmpty()) return 0;
        if (a.equals(b)) return 1;
        double dice = dice(a, b);
        if (dice >= DICE) return dice;
        String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
        if (longer.contains(shorter) && shorter.length() >= MIN_CONTAINED && shorter.length() >= CONTAINED_SHARE * longer.length())
            return Math.max(dice, DICE - 0.01);
        return 0;
    }

    static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) return a.equals(b) ? 1 : 0;
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 2 <= a.length(); i++) grams.merge(a.substring(i, i + 2), 1, Integer::sum);
        int common = 0;
        for (int i = 0; i + 2 <= b.length(); i++) {
            String g = b.substring(i, i + 2);
            Integer n = grams.get(g);
            if (n != null && n > 0) {
                common++;
                grams.put(g, n - 1);
            }
        }
        return 2.0 * common / (a.length() - 1 + b.length() - 1);
    }
}
