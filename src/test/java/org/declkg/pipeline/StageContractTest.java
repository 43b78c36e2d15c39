package org.declkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.declkg.Fixtures;
import org.declkg.Stages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every stage does its job with only the layers it declares, and gives what it gives in the whole pipeline. */
class StageContractTest {
    static Stream<Class<? extends Stage>> stages() {
        return Fixtures.extractor().stages().stream().map(Stage::getClass);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void eachStageRunsOnTheSeedWithOnlyTheLayersItDeclares(Class<? extends Stage> kind) {
        String seed = Fixtures.seed();
        Annotation alone = Stages.run(kind, seed);
        Annotation whole = Stages.through(kind, seed);
        for (Layer layer : Stages.of(kind).provides())
            assertEquals(size(whole, layer), size(alone, layer), kind.getSimpleName() + " gives the same " + layer + " alone");
        assertTrue(Stages.of(kind).provides().stream().allMatch(l -> size(alone, l) > 0), "and gives something");
    }

    @Test
    void aStageThatReadsALayerItDoesNotDeclareFails() {
        Stage sneaky = new Stage() {
            @Override public Set<Layer> requires() { return EnumSet.of(Layer.TEXT); }
            @Override public Set<Layer> provides() { return EnumSet.of(Layer.SENTENCES); }
            @Override public void annotate(Annotation doc) { doc.mentions(); }
        };
        Annotation doc = Stages.before(org.declkg.sentence.SentenceSplitter.class, "成员国支持这一倡议。");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.run(sneaky, doc));
        assertTrue(e.getMessage().contains("MENTIONS"), e.getMessage());
    }

    private static int size(Annotation doc, Layer layer) {
        return switch (layer) {
            case TEXT -> doc.text().length();
            case SENTENCES -> doc.sentences().size();
            case TOKENS -> doc.tokens().size();
            case MENTIONS -> doc.mentions().size();
            case HEADER -> doc.header() == null ? 0 : 1;
            case ACTS -> doc.acts().size();
            case ARGUMENTS -> doc.entities().size();
            case MEMBERSHIPS -> doc.memberships().size();
            case GRAPH -> (int) doc.graph().size();
        };
    }
}
