package org.declkg.argument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declkg.Fixtures;
import org.declkg.knowledge.Grammar.Role;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Span;
import org.junit.jupiter.api.Test;

/** Cuts at separators outside brackets; a separator that is a word cuts only where it is a word. */
class ObjectTextTest {
    private static List<String> cut(String sentence, Separators separators) {
        Annotation doc = Fixtures.extractor().annotate("t", Fixtures.TITLE + "成员国欢迎" + sentence + "。");
        ObjectText t = new ObjectText(doc, List.of(), Fixtures.knowledge().grammar(), Fixtures.knowledge().gazetteer());
        int from = doc.text().indexOf(sentence);
        return t.cut(new Span(from, from + sentence.length()), separators).stream().map(t::of).toList();
    }

    @Test
    void cutsOutsideTitlesAndQuotesOnly() {
        Separators marks = Separators.of("、");
        assertEquals(List.of("《甲、乙协定》", "“丙、丁”倡议", "戊"), cut("《甲、乙协定》、“丙、丁”倡议、戊", marks));
        assertEquals(List.of("甲（乙、丙）", "丁"), cut("甲（乙、丙）、丁", marks));
        assertEquals(List.of("甲乙丙"), cut("甲乙丙", marks));
    }

    @Test
    void aWordSeparatorCutsWhereItIsAWordAndOpensNoPiece() {
        Separators conjunctions = new Separators(Fixtures.knowledge().grammar().words(Role.CONJUNCTION));
        assertEquals(List.of("《和平协定》", "《合作纲要》"), cut("《和平协定》和《合作纲要》", conjunctions));
        assertEquals(List.of("和平共处五项原则"), cut("和平共处五项原则", conjunctions)); // 和 of 和平 is no conjunction
        assertEquals(List.of("《A》", "《B》", "《C》"), cut("《A》，《B》；《C》", Separators.of("，", "；")));
    }

    @Test
    void anySeparatorCuts() {
        // not a separator of the grammar: every character is looked at, brackets still count
        assertEquals(List.of("甲", "丙《乙》", "丁"), cut("甲乙丙《乙》乙丁", Separators.of("乙")));
    }
}
