package org.declkg.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision, recall and F1 per category, for all acts together, and micro-averaged over every row,
 * with the misses (gold facts not extracted) and the false hits (extracted facts not in the gold).
 */
public final class EvalReport {
    /** The counts of one category: gold facts, extracted facts, and the pairs that match. */
    public record Score(int gold, int extracted, int matched) {
        public double precision() { return extracted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / extracted; }

        public double recall() { return gold == 0 ? (extracted == 0 ? 1 : 0) : (double) matched / gold; }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) { return new Score(gold + o.gold, extracted + o.extracted, matched + o.matched); }
    }

    private static final List<String> DECLARATION = List.of("title", "date", "place", "organisation", "body");
    private static final List<String> THINGS = List.of("membership", "document", "event", "initiative");

    private final List<String> actCategories;
    private final Map<String, Score> things = new LinkedHashMap<>();
    private final Map<String, Score> attributes = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> falseHits = new ArrayList<>();

    /** @param actCategories the direct properties of the act classes (local names), in display order */
    EvalReport(List<String> actCategories) { this.actCategories = List.copyOf(actCategories); }

    /** Categories in report order: the declaration, the acts, the things, then any others. */
    List<String> order(Collection<String> categories) {
        List<String> out = new ArrayList<>();
        for (List<String> group : List.of(DECLARATION, actCategories, THINGS))
            for (String c : group) if (categories.contains(c)) out.add(c);
        categories.stream().filter(c -> !out.contains(c)).sorted().forEach(out::add);
        return out;
    }

    void add(String category, int gold, int extracted, int matched) { things.put(category, new Score(gold, extracted, matched)); }

    void addAttribute(String row, int gold, int extracted, int matched) {
        if (gold > 0 || extracted > 0) attributes.merge(row, new Score(gold, extracted, matched), Score::plus);
    }

    void miss(String category, String what) { misses.add("[" + category + "] " + what); }

    void falseHit(String category, String what) { falseHits.add("[" + category + "] " + what); }

    /** The score of a category ("supports", "event") or attribute row ("event/start", "acts/actors"), or null. */
    public Score score(String row) { return things.containsKey(row) ? things.get(row) : attributes.get(row); }

    /** All act categories together. */
    public Score acts() {
        Score s = new Score(0, 0, 0);
        for (String c : actCategories) if (things.containsKey(c)) s = s.plus(things.get(c));
        return s;
    }

    /** Every row together: facts and their attributes. */
    public Score micro() {
        Score s = new Score(0, 0, 0);
        for (Score x : things.values()) s = s.plus(x);
        for (Score x : attributes.values()) s = s.plus(x);
        return s;
    }

    public double microF1() { return micro().f1(); }

    public List<String> misses() { return misses; }

    public List<String> falseHits() { return falseHits; }

    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-24s %6s %9s %7s %7s %7s %7s%n", "category", "gold", "extracted", "matched",
                "P", "R", "F1"));
        section(b, "declaration", DECLARATION);
        section(b, "acts", actCategories);
        row(b, "  all acts", acts());
        section(b, "things", THINGS);
        List<String> others = things.keySet().stream()
                .filter(c -> !DECLARATION.contains(c) && !THINGS.contains(c) && !actCategories.contains(c)).toList();
        section(b, "other categories", others);
        if (!attributes.isEmpty()) {
            b.append("attributes of matched facts\n");
            attributes.forEach((name, s) -> row(b, "  " + name, s));
        }
        row(b, "micro-average", micro());
        b.append(String.format("%nMISSES (%d): in the gold, not extracted%n", misses.size()));
        misses.forEach(m -> b.append("  ").append(m).append('\n'));
        b.append(String.format("%nFALSE HITS (%d): extracted, not in the gold%n", falseHits.size()));
        falseHits.forEach(f -> b.append("  ").append(f).append('\n'));
        return b.toString();
    }

    private void section(StringBuilder b, String title, List<String> categories) {
        if (categories.stream().noneMatch(things::containsKey)) return;
        b.append(title).append('\n');
        for (String c : categories) if (things.containsKey(c)) row(b, "  " + c, things.get(c));
    }

    private static void row(StringBuilder b, String name, Score s) {
        b.append(String.format(Locale.ROOT, "%-24s %6d %9d %7d %7.3f %7.3f %7.3f%n", name, s.gold(), s.extracted(),
                s.matched(), s.precision(), s.recall(), s.f1()));
    }
}
