package org.declkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.declkg.Fixtures;
import org.junit.jupiter.api.Test;

/** Every stage of the extractor is timed, in its order, on the text given. */
class StageTimerTest {
    @Test
    void everyStageInPipelineOrderWithItsTime() {
        Map<String, Double> ms = new StageTimer(Fixtures.extractor(), Fixtures.TITLE + "成员国欢迎《某某合作协定》签署。\n").best(2, 3);
        List<String> names = Fixtures.extractor().stages().stream().map(s -> s.getClass().getSimpleName()).toList();
        assertEquals(names, List.copyOf(ms.keySet()));
        assertTrue(ms.values().stream().allMatch(t -> t > 0 && t < 10_000), ms.toString());
        assertTrue(ms.get("Tagger") > ms.get("SentenceSplitter"), "segmenting takes longer than finding the sentences: " + ms);
    }
}
