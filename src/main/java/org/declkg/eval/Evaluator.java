package org.declkg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.declkg.pipeline.Extraction;

/**
 * Scores an extraction against a gold annotation, category by category, matching labels one to one
 * (best matches first). Dates, places and actors are scored as categories of their own on the
 * matched pairs: "event-date" counts events whose dates agree, and so on.
 */
public final class Evaluator {
    /** Category of the gold row → the key of its detail that a derived category checks. */
    private static final Map<String, List<String[]>> DERIVED = Map.of(
            "event", List.of(new String[] {"event-date", "start", "end"}, new String[] {"event-place", "place"}),
            "document", List.of(new String[] {"document-date", "date"}, new String[] {"document-place", "place"}));

    public EvalReport evaluate(GoldSet gold, Extraction extraction) {
        List<Fact> extracted = ExtractedFacts.of(extraction.graph());
        Map<String, List<GoldSet.GoldRow>> goldBy = new LinkedHashMap<>();
        for (GoldSet.GoldRow r : gold.rows()) goldBy.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r);
        Map<String, List<Fact>> extractedBy = new LinkedHashMap<>();
        for (Fact f : extracted) extractedBy.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f);

        EvalReport report = new EvalReport();
        for (String category : goldBy.keySet()) {
            List<GoldSet.GoldRow> g = goldBy.get(category);
            List<Fact> x = extractedBy.getOrDefault(category, List.of());
            List<Pair> pairs = match(g, x, category);
            report.add(category, g.size(), x.size(), pairs.size());
            for (GoldSet.GoldRow r : g) if (pairs.stream().noneMatch(p -> p.gold == r)) report.miss(category, r.object());
            for (Fact f : x) if (pairs.stream().noneMatch(p -> p.fact == f)) report.falseHit(category, f.label());
            derived(report, category, g, x, pairs);
        }
        return report;
    }

    /** Dates, places and actors of matched pairs. */
    private static void derived(EvalReport report, String category, List<GoldSet.GoldRow> g, List<Fact> x, List<Pair> pairs) {
        List<String[]> checks = new ArrayList<>(DERIVED.getOrDefault(category, List.of()));
        if (ExtractedFacts.ACT_PROPERTIES.contains(category)) checks.add(new String[] {"actors", "actors"});
        for (String[] check : checks) {
            String name = check[0];
            int goldWith = 0, tp = 0;
            for (GoldSet.GoldRow r : g) if (r.get(check[1]) != null) goldWith++;
            long extractedWith = x.stream().filter(f -> value(f, check[1]) != null).count();
            for (Pair p : pairs) {
                boolean has = p.gold.get(check[1]) != null;
                boolean agree = has;
                for (int i = 1; i < check.length; i++)
                    if (p.gold.get(check[i]) != null && !agrees(check[i], p.gold.get(check[i]), value(p.fact, check[i]))) agree = false;
                if (agree) tp++;
                else if (has) report.miss(category + "/" + name, p.gold.object() + " " + check[1] + "=" + p.gold.get(check[1])
                        + " (extracted: " + value(p.fact, check[1]) + ")");
            }
            if (goldWith > 0) report.add(name.equals("actors") ? "actors" : name, goldWith, (int) extractedWith, tp);
        }
    }

    private static boolean agrees(String key, String gold, String extracted) {
        if (extracted == null) return false;
        if (key.equals("place")) return LabelMatch.score(gold, extracted) > 0 || extracted.contains(gold) || gold.contains(extracted);
        return gold.equals(extracted);
    }

    static String value(Fact f, String key) {
        for (String kv : f.detail().split(";")) {
            int eq = kv.indexOf('=');
            if (eq > 0 && kv.substring(0, eq).equals(key)) return kv.substring(eq + 1);
        }
        return null;
    }

    private record Pair(GoldSet.GoldRow gold, Fact fact, double score) {}

    private static List<Pair> match(List<GoldSet.GoldRow> gold, List<Fact> facts, String category) {
        List<Pair> candidates = new ArrayList<>();
        for (GoldSet.GoldRow r : gold)
            for (Fact f : facts) {
                double s = category.equals("date") || category.equals("membership")
                        ? (r.object().equals(f.label()) ? 1 : 0) : LabelMatch.score(r.object(), f.label());
                if (s > 0) candidates.add(new Pair(r, f, s));
            }
        candidates.sort(Comparator.comparingDouble(Pair::score).reversed());
        List<Pair> chosen = new ArrayList<>();
        for (Pair c : candidates)
            if (chosen.stream().noneMatch(p -> p.gold == c.gold || p.fact == c.fact)) chosen.add(c);
        return chosen;
    }
}
