package org.declkg.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declkg.Stages;
import org.declkg.pipeline.Annotation;
import org.junit.jupiter.api.Test;

/** Paragraphs as pages number them: the number is no part of the sentence, whatever its form. */
class NumberedParagraphsTest {
    private static final String TITLE = "北方论坛第三次外长会联合声明\n";

    private static List<String> sentences(String body) {
        Annotation doc = Stages.through(SentenceSplitter.class, TITLE + body);
        return doc.sentences().stream().skip(1).map(s -> doc.cover(s.span())).toList();
    }

    @Test
    void arabicNumbersGluedToTheText() {
        assertEquals(List.of("我们支持多边贸易体制。", "我们反对单边主义。", "我们欢迎合作框架。"),
                sentences("1.我们支持多边贸易体制。\n2、我们反对单边主义。\n3．我们欢迎合作框架。"));
        assertEquals(List.of("我们支持多边贸易体制。", "2030年是北方论坛合作年。"), sentences("12.3 我们支持多边贸易体制。\n2030年是北方论坛合作年。"),
                "a year opening a sentence is no number");
    }

    @Test
    void chineseNumbersInBracketsOrWithAComma() {
        assertEquals(List.of("我们支持多边贸易体制。", "我们反对单边主义。", "我们欢迎合作框架。", "我们呼吁各方保持克制。"),
                sentences("（三）我们支持多边贸易体制。\n(四)我们反对单边主义。\n十一、我们欢迎合作框架。\n十二.我们呼吁各方保持克制。"));
    }

    @Test
    void circledNumbersAndRomanNumerals() {
        assertEquals(List.of("我们支持多边贸易体制。", "我们反对单边主义。", "我们欢迎合作框架。", "我们呼吁各方保持克制。"),
                sentences("①我们支持多边贸易体制。\n② 我们反对单边主义。\nⅠ.我们欢迎合作框架。\nⅡ 我们呼吁各方保持克制。"));
    }

    @Test
    void articlesOfATreatyLikeText() {
        assertEquals(List.of("缔约各方支持多边贸易体制。", "缔约各方反对单边主义。"),
                sentences("第一条 缔约各方支持多边贸易体制。\n第二条\n缔约各方反对单边主义。"));
    }

    @Test
    void aHalfWidthFullStopAfterAClosingBracketEndsTheSentence() {
        assertEquals(List.of("我们注意到二十国集团峰会（2030年）。", "我们欢迎峰会成果。"),
                sentences("我们注意到二十国集团峰会(2030年).我们欢迎峰会成果。"));
        assertEquals(List.of("我们支持《北方论坛宪章》。", "我们欢迎“北方走廊”倡议（2031年）。"),
                sentences("我们支持《北方论坛宪章》.\n我们欢迎“北方走廊”倡议（2031年）."));
        assertEquals(List.of("我们支持多边贸易体制。"), sentences("（五）.我们支持多边贸易体制。"), "a paragraph number keeps its dot");
    }

    @Test
    void paragraphsNumberedBeyondAThousand() {
        assertEquals(List.of("我们支持多边贸易体制。", "我们反对单边主义。", "我们欢迎合作框架。"),
                sentences("999.我们支持多边贸易体制。\n1000.我们反对单边主义。\n1001、我们欢迎合作框架。"));
    }
}
