package org.declkg.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declkg.pipeline.Annotation;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String text) {
        Annotation doc = new Annotation("t", text);
        doc.setText(text, text, new int[text.length() + 1]);
        new SentenceSplitter().annotate(doc);
        return doc.sentences().stream().map(s -> doc.cover(s.span())).toList();
    }

    @Test
    void splitsAtFullStopsAndParagraphs() {
        assertEquals(List.of("标题", "成员国支持合作。", "成员国反对制裁！", "各方同意？"),
                split("标题\n成员国支持合作。成员国反对制裁！\n各方同意？"));
    }

    @Test
    void neverSplitsInsideTitlesQuotesOrParentheses() {
        assertEquals(List.of("成员国欢迎《关于合作。的声明》和“一个目标。两个步骤”（2024年。北京）。", "完毕。"),
                split("成员国欢迎《关于合作。的声明》和“一个目标。两个步骤”（2024年。北京）。完毕。"));
    }

    @Test
    void aClosingQuoteAfterTheStopStaysWithItsSentence() {
        assertEquals(List.of("口号为“合作共赢。”", "下一句。"), split("口号为“合作共赢。”下一句。"));
    }

    @Test
    void aSemicolonOrCommaNeverEndsASentence() {
        assertEquals(List.of("我们支持合作；反对制裁，呼吁对话。", "下一句！"), split("我们支持合作；反对制裁，呼吁对话。下一句！"));
    }

    @Test
    void aFullStopInsideNestedTitlesAndQuotesStaysInside() {
        assertEquals(List.of("我们欢迎“《某某宪章》第一条。第二款”的落实。"), split("我们欢迎“《某某宪章》第一条。第二款”的落实。"));
    }
}
