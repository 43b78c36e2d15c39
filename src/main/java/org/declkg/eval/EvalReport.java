package org.declkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Precision, recall and F1 per category and micro-averaged, with the misses and false hits. */
public final class EvalReport {
    /** The counts of one category. */
    public record Score(int gold, int extracted, int truePositives) {
        public double precision() { return extracted == 0 ? (gold == 0 ? 1 : 0) : (double) truePositives / extracted; }

        public double recall() { return gold == 0 ? 1 : (double) truePositives / gold; }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> falseHits = new ArrayList<>();

    void add(String category, int gold, int extracted, int tp) { scores.put(category, new Score(gold, extracted, tp)); }

    void miss(String category, String what) { misses.add(category + ": " + what); }

    void falseHit(String category, String what) { falseHits.add(category + ": " + what); }

    public Map<String, Score> scores() { return scores; }

    public List<String> misses() { return misses; }

    public List<String> falseHits() { return falseHits; }

    public Score micro() {
        int g = 0, x = 0, tp = 0;
        for (Score s : scores.values()) {
            g += s.gold();
            x += s.extracted();
            tp += s.truePositives();
        }
        return new Score(g, x, tp);
    }

    public double microF1() { return micro().f1(); }

    public String format() {
        StringBuilder b = new StringBuilder(String.format("%-16s %6s %9s %6s %6s %6s %6s%n", "category", "gold", "extracted", "tp", "P", "R", "F1"));
        scores.forEach((c, s) -> b.append(row(c, s)));
        b.append(row("micro", micro()));
        misses.forEach(m -> b.append("MISS  ").append(m).append('\n'));
        falseHits.forEach(f -> b.append("FALSE ").append(f).append('\n'));
        return b.toString();
    }

    private static String row(String name, Score s) {
        return String.format("%-16s %6d %9d %6d %6.3f %6.3f %6.3f%n", name, s.gold(), s.extracted(), s.truePositives(),
                s.precision(), s.recall(), s.f1());
    }
}
