package org.declkg.act;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declkg.Stages;
import org.declkg.pipeline.Annotation;
import org.junit.jupiter.api.Test;

/** Statements of a declaration pasted from a web page: found as in a clean text. */
class WebPageActsTest {
    private static final String TITLE = "金砖国家领导人第二十五次会晤宣言\n";

    private static List<String> acts(String text) {
        Annotation doc = Stages.run(ActFinder.class, text);
        return doc.acts().stream().map(a -> a.actClass() + " " + doc.cover(a.object())).toList();
    }

    @Test
    void actsInAParagraphWithFurnitureAround() {
        assertEquals(List.of("Support 多边贸易体制", "Condemnation 一切形式的恐怖主义"),
                acts("北方新闻网 > 国际 > 正文\n" + TITLE + "2032-06-12 09:15:32 来源：北方日报\n【字体：大 中 小】 打印 关闭窗口\n"
                        + "分享到：\n15.我们支持多边贸易体制。\n图为会晤现场。（北方社记者 李明摄）\n16.我们谴责一切形式的恐怖主义.\n责任编辑：王小明"));
    }

    @Test
    void actsWithPinyinGlossesInside() {
        assertEquals(List.of("Support 多边贸易体制", "Opposition 单边主义", "Welcoming 合作框架"),
                acts(TITLE + "我(wǒ)们(men)支(zhī)持(chí)多边(duōbiān)贸易体制(tǐzhì)，反对(fǎn duì)单边主义。\n"
                        + "我们欢(huān)迎(yíng)合作（hé zuò）框架。"));
    }

    @Test
    void actsOfNumberedParagraphsWithAsciiPunctuation() {
        assertEquals(List.of("Support 多边贸易体制", "Welcoming 二十国集团峰会（2032年）", "Call 各方保持克制"),
                acts(TITLE + "①我们支持多边贸易体制.\n（二）我们欢迎二十国集团峰会(2032年).我们呼吁各方保持克制!"));
    }
}
