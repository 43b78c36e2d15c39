package org.declkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.declkg.Fixtures;
import org.declkg.extract.Extraction;
import org.junit.jupiter.api.Test;

/** The evaluator on a tiny hand-made gold: exact counts and exact precision, recall and F1. */
class EvaluatorTest {
    private static final double EXACT = 1e-9;

    /** Three gold acts; the extraction finds two of them and one act the gold does not have. */
    private static final String GOLD = """
            category\tobject\tdetail
            # a comment line
            supports\t多边贸易体制\tactors=members
            supports\t世界卫生组织发挥协调作用\tactors=members
            condemns\t2026年3月8日在卡拉奇发生的恐怖袭击事件\tactors=members
            event\t2026年3月8日在卡拉奇发生的恐怖袭击事件\ttype=terrorist-attack;start=2026-03-08;place=卡拉奇
            event\t亚信青年论坛\ttype=forum;start=2026-06;alias=青年论坛
            """;

    private static List<Fact> extracted() {
        return List.of(
                new Fact("supports", "多边贸易体制", List.of(), Map.of("actors", "members")),
                new Fact("supports", "扩大本币结算", List.of(), Map.of("actors", "members")),
                new Fact("condemns", "2026年3月8日在卡拉奇发生的恐怖袭击事件", List.of(), Map.of("actors", "kazakhstan")),
                new Fact("event", "2026年3月8日在卡拉奇发生的恐怖袭击事件", List.of(),
                        Map.of("type", "terrorist-attack", "start", "2026-03-08", "place", "卡拉奇")),
                new Fact("event", "青年论坛", List.of(), Map.of("type", "meeting", "start", "2026-06")));
    }

    @Test
    void categoryScoresAreExact() {
        EvalReport r = new Evaluator(Fixtures.actClasses()).evaluate(GoldSet.parse(GOLD).facts(), extracted());
        EvalReport.Score supports = r.score("supports");
        assertEquals(new EvalReport.Score(2, 2, 1), supports);
        assertEquals(0.5, supports.precision(), EXACT);
        assertEquals(0.5, supports.recall(), EXACT);
        assertEquals(0.5, supports.f1(), EXACT);
        assertEquals(new EvalReport.Score(1, 1, 1), r.score("condemns"));
        assertEquals(new EvalReport.Score(2, 2, 2), r.score("event")); // 青年论坛 matches through its alias
    }

    @Test
    void attributesAreScoredOnMatchedPairsOnly() {
        EvalReport r = new Evaluator(Fixtures.actClasses()).evaluate(GoldSet.parse(GOLD).facts(), extracted());
        assertEquals(new EvalReport.Score(2, 2, 1), r.score("acts/actors")); // the condemnation's actors differ
        assertEquals(new EvalReport.Score(2, 2, 1), r.score("event/type"));
        assertEquals(new EvalReport.Score(2, 2, 2), r.score("event/start"));
        assertEquals(new EvalReport.Score(1, 1, 1), r.score("event/place"));
    }

    @Test
    void theMicroAverageCountsEveryRow() {
        EvalReport r = new Evaluator(Fixtures.actClasses()).evaluate(GoldSet.parse(GOLD).facts(), extracted());
        // rows: supports 2/2/1, condemns 1/1/1, event 2/2/2, actors 2/2/1, type 2/2/1, start 2/2/2, place 1/1/1
        assertEquals(new EvalReport.Score(12, 12, 9), r.micro());
        assertEquals(0.75, r.microF1(), EXACT);
        assertEquals(new EvalReport.Score(3, 3, 2), r.acts());
        assertEquals(List.of("[acts/actors] 2026年3月8日在卡拉奇发生的恐怖袭击事件  actors=members (extracted: kazakhstan)",
                        "[supports] 世界卫生组织发挥协调作用  [actors=members]",
                        "[event/type] 亚信青年论坛  type=forum (extracted: meeting)"),
                r.misses());
        assertEquals(List.of("[supports] 扩大本币结算  [actors=members]"), r.falseHits());
    }

    @Test
    void anEmptyExtractionHasNoPrecisionAndNoRecall() {
        EvalReport r = new Evaluator(Fixtures.actClasses()).evaluate(GoldSet.parse(GOLD).facts(), List.of());
        assertEquals(0.0, r.score("supports").precision(), EXACT);
        assertEquals(0.0, r.score("supports").recall(), EXACT);
        assertEquals(0.0, r.microF1(), EXACT);
    }

    @Test
    void datesAndMembershipsMustBeEqualNotSimilar() {
        List<Fact> gold = GoldSet.parse("category\tobject\tdetail\ndate\t2025-09-01\nmembership\tchina member\n").facts();
        EvalReport r = new Evaluator(Fixtures.actClasses()).evaluate(gold, List.of(Fact.of("date", "2025-09-02"), Fact.of("membership", "china observer")));
        assertEquals(new EvalReport.Score(1, 1, 0), r.score("date"));
        assertEquals(new EvalReport.Score(1, 1, 0), r.score("membership"));
    }

    @Test
    void theReportReadsAsATable() {
        String text = new Evaluator(Fixtures.actClasses()).evaluate(GoldSet.parse(GOLD).facts(), extracted()).format();
        assertTrue(text.matches("(?s).*\\n  supports +2 +2 +1 +0\\.500 +0\\.500 +0\\.500\\n.*"), text);
        assertTrue(text.matches("(?s).*\\nmicro-average +12 +12 +9 +0\\.750 +0\\.750 +0\\.750\\n.*"), text);
        assertTrue(text.contains("MISSES (3)"), text);
        assertTrue(text.contains("FALSE HITS (1)"), text);
    }

    @Test
    void aGoldRowWithoutItsObjectIsRefused() {
        assertThrows(IllegalStateException.class, () -> GoldSet.parse("category\tobject\tdetail\nsupports\t\tactors=members\n"));
    }

    @Test
    void anExtractedGraphReadsBackAsFacts() {
        Extraction e = Fixtures.extractor().extract("t", "金砖国家领导人宣言\n我们于2026年7月6日在巴西利亚举行会晤。\n我们支持多边贸易体制。\n");
        List<Fact> facts = ExtractedFacts.of(e.graph(), Fixtures.actClasses());
        assertTrue(facts.contains(new Fact("supports", "多边贸易体制", List.of(), Map.of("actors", "members"))), facts.toString());
        assertTrue(facts.contains(Fact.of("date", "2026-07-06")), facts.toString());
        assertTrue(facts.contains(Fact.of("place", "巴西利亚")), facts.toString());
        assertTrue(facts.contains(Fact.of("organisation", "金砖国家")), facts.toString());
    }
}
