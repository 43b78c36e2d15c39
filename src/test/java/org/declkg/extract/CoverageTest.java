package org.declkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.declkg.Fixtures;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Header;
import org.declkg.pipeline.Sentence;
import org.junit.jupiter.api.Test;

/**
 * What the load line says a text gave: its sentences without the title and the closing dateline; and
 * the dateline, a paragraph of its own, dates and places the declaration the opening does not.
 */
class CoverageTest {
    private static final String TITLE = "中华人民共和国和某某共和国关于支持全面战略伙伴关系的联合声明\n";
    private static final String BODY = "双方同意深化各领域合作。\n双方支持多边主义。\n";

    private static String coverage(String text) { return Fixtures.extractor().extract("t", text).coverage().describe(); }

    private static Annotation annotate(String text) { return Fixtures.extractor().annotate("t", text); }

    private static List<String> sentences(Annotation doc) {
        return doc.sentences().stream().map(Sentence::span).map(doc::cover).toList();
    }

    @Test
    void theTitleIsNoSentenceThatGaveNoStatementEvenWithAStatementVerb() {
        assertEquals("2 of 2 sentences gave statements; 0 with a statement verb gave none", coverage(TITLE + BODY));
    }

    @Test
    void theClosingDatelineIsNoSentenceOfTheFigure() {
        assertEquals("2 of 2 sentences gave statements; 0 with a statement verb gave none",
                coverage(TITLE + BODY + "2024年5月16日于北京\n"));
        assertEquals("2 of 3 sentences gave statements; 1 with a statement verb gave none",
                coverage(TITLE + BODY + "一些国家支持单边主义。\n2024年5月16日于北京\n"));
    }

    @Test
    void aClosingDatelineDatesAndPlacesTheDeclarationWhenTheOpeningDoesNot() {
        Header h = annotate(TITLE + BODY + "2024年5月16日于北京\n").header();
        assertEquals("2024-05-16", h.date().iso());
        assertEquals("beijing", h.place().key());
        Header inNumerals = annotate(TITLE + BODY + "二〇二四年五月十六日 北京\n").header();
        assertEquals("2024-05-16", inNumerals.date().iso());
        assertEquals("beijing", inNumerals.place().key());
        Header withComma = annotate(TITLE + BODY + "二〇二四年五月十六日，阿斯塔纳").header();
        assertEquals("2024-05-16", withComma.date().iso());
        assertEquals("astana", withComma.place().key());
    }

    @Test
    void theOpeningStillDatesTheDeclarationBeforeADateline() {
        Header h = annotate(TITLE + "双方于2024年5月15日在上海举行会谈。\n" + BODY + "2024年5月16日于北京\n").header();
        assertEquals("2024-05-15", h.date().iso());
        assertEquals("shanghai", h.place().key());
    }

    @Test
    void aDatelineIsAParagraphOfItsOwnNotPartOfTheStatementBeforeIt() {
        Annotation doc = annotate(TITLE + BODY + "二〇二四年五月十六日，北京\n");
        assertEquals(List.of("中华人民共和国和某某共和国关于支持全面战略伙伴关系的联合声明", "双方同意深化各领域合作。", "双方支持多边主义。",
                "二〇二四年五月十六日，北京"), sentences(doc));
        assertEquals(List.of("多边主义"), doc.acts().stream().filter(a -> a.actClass().equals("Support"))
                .map(a -> doc.cover(a.object())).toList());
    }

    @Test
    void aLastParagraphThatSaysMoreThanADateAndPlaceIsNoDateline() {
        assertNull(annotate(TITLE + BODY + "2024年5月16日两国元首在北京会见记者。\n").header().dateline());
        assertNull(annotate(TITLE + BODY + "2024年5月16日于北京举行\n").header().dateline());
    }
}
