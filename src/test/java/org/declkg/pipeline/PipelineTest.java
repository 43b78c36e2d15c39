package org.declkg.pipeline;

import org.declkg.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.declkg.normalise.Normaliser;
import org.declkg.sentence.SentenceSplitter;
import org.junit.jupiter.api.Test;

class PipelineTest {
    @Test
    void aStageBeforeWhatItNeedsIsRefusedAtConstruction() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Pipeline(List.of(new SentenceSplitter(), new Normaliser(s -> false, Fixtures.knowledge().grammar(), Fixtures.knowledge().numerals(), Fixtures.knowledge().furniture(), Fixtures.knowledge().dates(), Fixtures.knowledge().heads()))));
        assertEquals("SentenceSplitter needs TEXT before it", e.getMessage());
    }

    @Test
    void stagesRunInOrderOverOneDocument() {
        Annotation doc = new Pipeline(List.of(new Normaliser(s -> false, Fixtures.knowledge().grammar(), Fixtures.knowledge().numerals(), Fixtures.knowledge().furniture(), Fixtures.knowledge().dates(), Fixtures.knowledge().heads()), new SentenceSplitter()))
                .run("t", "标题\n第一句。第二句。");
        assertEquals(3, doc.sentences().size());
        assertEquals("第二句。", doc.cover(doc.sentences().get(2).span()));
    }
}
