package org.declkg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.declkg.extract.Extraction;
import org.declkg.knowledge.ActClasses;

/**
 * Scores an extraction against a gold annotation. Within each category, gold and extracted facts are
 * paired one to one by label ({@link LabelMatch}, best pairs first). Attributes of the paired facts
 * (actors, type, dates, place, perpetrators, targets, proposer, since) are rows of their own, over the
 * matched pairs only: "event/start" counts the matched events whose gold has a start date, those whose
 * extraction has one, and those whose start dates agree.
 */
public final class Evaluator {
    /** Categories matched by exact value, not by label similarity. */
    private static final Set<String> EXACT = Set.of("date", "membership");

    private final ActClasses actClasses;

    public Evaluator(ActClasses actClasses) { this.actClasses = actClasses; }

    public EvalReport evaluate(GoldSet gold, Extraction extraction) { return evaluate(gold, extraction.graph()); }

    public EvalReport evaluate(GoldSet gold, Model graph) { return evaluate(gold.facts(), ExtractedFacts.of(graph, actClasses)); }

    EvalReport evaluate(List<Fact> gold, List<Fact> extracted) {
        List<String> actCategories = actClasses.directNames();
        // A generic act class (what no other covers) is scored only where the gold annotates it.
        List<String> unannotated = actClasses.genericDirectNames().stream()
                .filter(c -> gold.stream().noneMatch(f -> f.category().equals(c))).toList();
        extracted = extracted.stream().filter(f -> !unannotated.contains(f.category())).toList();
        Map<String, List<Fact>> goldBy = byCategory(gold), extractedBy = byCategory(extracted);
        Set<String> categories = new LinkedHashSet<>(goldBy.keySet());
        categories.addAll(extractedBy.keySet());
        EvalReport report = new EvalReport(actCategories);
        for (String category : report.order(categories)) {
            boolean act = actCategories.contains(category);
            List<Fact> g = goldBy.getOrDefault(category, List.of());
            List<Fact> x = extractedBy.getOrDefault(category, List.of());
            List<Pair> pairs = match(g, x, EXACT.contains(category));
            report.add(category, g.size(), x.size(), pairs.size());
            for (Fact f : g) if (pairs.stream().noneMatch(p -> p.gold == f)) report.miss(category, f.describe());
            for (Fact f : x) if (pairs.stream().noneMatch(p -> p.extracted == f)) report.falseHit(category, f.describe());
            for (String attribute : Attributes.of(category, act)) attribute(report, category, attribute, pairs, act);
        }
        return report;
    }

    /** An attribute over the matched pairs only: a wrong or missing thing is counted once, in its category. */
    private static void attribute(EvalReport report, String category, String attribute, List<Pair> pairs, boolean act) {
        String row = Attributes.rowName(category, attribute, act);
        int goldWith = 0, extractedWith = 0, agreeing = 0;
        for (Pair p : pairs) {
            String want = p.gold.get(attribute), got = p.extracted.get(attribute);
            if (want != null) goldWith++;
            if (got != null) extractedWith++;
            if (want != null && Attributes.agree(attribute, want, got)) agreeing++;
            else if (want != null) report.miss(row, p.gold.label() + "  " + attribute + "=" + want + " (extracted: " + got + ")");
            else if (got != null) report.falseHit(row, p.gold.label() + "  " + attribute + "=" + got + " (gold: none)");
        }
        report.addAttribute(row, goldWith, extractedWith, agreeing);
    }

    private static Map<String, List<Fact>> byCategory(List<Fact> facts) {
        Map<String, List<Fact>> out = new LinkedHashMap<>();
        for (Fact f : facts) out.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f);
        return out;
    }

    private record Pair(Fact gold, Fact extracted, double score, int order) {}

    /** Best pairs first; ties go to the earlier gold row, then the earlier extracted fact. */
    private static List<Pair> match(List<Fact> gold, List<Fact> extracted, boolean exact) {
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++)
            for (int j = 0; j < extracted.size(); j++) {
                double s = score(gold.get(i), extracted.get(j), exact);
                if (s > 0) candidates.add(new Pair(gold.get(i), extracted.get(j), s, i * extracted.size() + j));
            }
        candidates.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::order));
        List<Pair> chosen = new ArrayList<>();
        Set<Fact> usedGold = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<Fact> usedExtracted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Pair c : candidates)
            if (!usedGold.contains(c.gold) && !usedExtracted.contains(c.extracted)) {
                chosen.add(c);
                usedGold.add(c.gold);
                usedExtracted.add(c.extracted);
            }
        return chosen;
    }

    private static double score(Fact gold, Fact extracted, boolean exact) {
        double best = 0;
        for (String label : gold.labels())
            best = Math.max(best, exact ? (label.strip().equals(extracted.label().strip()) ? 1 : 0)
                    : LabelMatch.score(label, extracted.label()));
        return best;
    }
}
