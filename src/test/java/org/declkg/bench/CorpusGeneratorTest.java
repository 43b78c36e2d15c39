package org.declkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.declkg.Fixtures;
import org.declkg.extract.Extraction;
import org.junit.jupiter.api.Test;

/** The generated corpus: texts that differ from each other and from the seed, each a declaration of its own. */
class CorpusGeneratorTest {
    private final CorpusGenerator corpus = new CorpusGenerator(Fixtures.seed(), List.of("甲城", "乙城", "丙城"), Fixtures.knowledge());

    @Test
    void eachTextIsADifferentDeclarationWithStatements() {
        Set<String> iris = new HashSet<>();
        int seedActs = Fixtures.extractor().extract("seed", Fixtures.seed()).actCount();
        for (int i = 0; i < 6; i++) {
            Extraction e = Fixtures.extractor().extract(CorpusGenerator.name(i), corpus.text(i));
            assertTrue(iris.add(e.declarationIri()), "text " + i + " has the IRI of an earlier one: " + e.declarationIri());
            // Reordering paragraphs may join or split a statement at the edges, never lose most of them.
            assertTrue(e.actCount() > seedActs * 9 / 10, i + ": " + e.actCount() + " statements, the seed has " + seedActs);
        }
    }

    @Test
    void textsDifferButTheSameIndexGivesTheSameText() {
        assertEquals(corpus.text(7), corpus.text(7));
        assertNotEquals(corpus.text(7), corpus.text(8));
        assertNotEquals(Fixtures.seed(), corpus.text(0));
        assertTrue(corpus.text(1).lines().findFirst().orElseThrow().contains("乙城"), corpus.text(1).lines().findFirst().get());
        assertEquals(Fixtures.seed().lines().filter(l -> !l.isBlank()).sorted().toList().size(),
                corpus.text(3).lines().count(), "the same paragraphs, in another order");
    }
}
