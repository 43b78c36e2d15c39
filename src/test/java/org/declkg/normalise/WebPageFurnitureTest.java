package org.declkg.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.declkg.Fixtures;
import org.declkg.pipeline.Annotation;
import org.junit.jupiter.api.Test;

/** A declaration pasted from a web page: what the page puts around and inside it is left out. */
class WebPageFurnitureTest {
    private static final String TITLE = "北方论坛第三次外长会联合声明";
    private static final String OPENING = "我们，北方论坛成员国外交部长，于2031年3月2日在奥斯陆举行第三次外长会。";
    private static final String STATEMENT = "我们支持多边贸易体制。";

    private static String text(String raw) {
        Annotation doc = new Annotation("t", raw);
        Fixtures.extractor().stages().get(0).annotate(doc);
        return doc.text();
    }

    private static String declaration() { return TITLE + "\n" + OPENING + "\n" + STATEMENT; }

    @Test
    void siteNamesNavigationAndBreadcrumbsAreDropped() {
        assertEquals(declaration(), text("北方新闻网\n首页 | 新闻 | 国际 | 图片 | 视频\n北方新闻网 > 国际 > 正文\n"
                + TITLE + "\n" + OPENING + "\n" + STATEMENT));
        assertEquals(declaration(), text("首页 » 外交动态 » 双边关系\n" + TITLE + "\n" + OPENING + "\n" + STATEMENT));
    }

    @Test
    void shareButtonsFontSizePrintAndCloseAreDropped() {
        assertEquals(declaration(), text(TITLE + "\n字号 大 中 小\n【字体：大 中 小】 打印 关闭窗口\n分享到：\n分享\n"
                + OPENING + "\n" + STATEMENT + "\n【打印】【关闭】\n上一篇：北方论坛秘书长会见来宾\n下一篇：外长会新闻发布会举行"));
    }

    @Test
    void sourcesEditorsAndPublicationTimestampsAreDropped() {
        assertEquals(declaration(), text("2031-03-02 10:23\n" + TITLE + "\n发布时间：2031-03-02 10:23 来源：北方日报\n"
                + "2031年03月02日 星期一\n" + OPENING + "\n" + STATEMENT + "\n（责任编辑：张三）"));
    }

    @Test
    void summariesAndPhotoCaptionsAreDropped() {
        assertEquals(declaration(), text(TITLE + "\n【摘要】各国外长在会上发表联合声明，表示将加强多边合作。\n"
                + "核心提示：外长会取得丰硕成果。\n" + OPENING + "\n图为各国外长在会前合影。（北方社记者 李明摄）\n"
                + "（北方社记者 王五 摄）\n" + STATEMENT));
    }

    @Test
    void pinyinGlossesAreRemovedPerCharacterAndPerWord() {
        assertEquals(declaration(), text(TITLE + "\n" + OPENING + "\n我们支(zhī)持(chí)多(duō)边(biān)贸易体制。"));
        assertEquals(TITLE + "\n我们支持多边贸易体制，欢迎合作框架。", text(TITLE
                + "\n我们支持(zhīchí)多边(duōbiān)贸易体制，欢迎合作(hé zuò)框架（kuàngjià）。"));
        assertEquals(TITLE + "\n我们支持多边贸易体制。", text(TITLE + "\n我(wǒ)们(men)支持多边(duō biān)贸(mào)易体制。"),
                "a neutral syllable has no tone mark");
    }

    @Test
    void parenthesesOfTheTextStayOnAPageWithoutGlosses() {
        assertEquals(TITLE + "\n我们欢迎疫苗计划（Covax）和（a）款。", text(TITLE + "\n我们欢迎疫苗计划(Covax)和(a)款。"));
    }

    @Test
    void spacesInsideWordsFromLineBreaksAndAsciiPunctuationAreRepaired() {
        assertEquals(TITLE + "\n我们支持多边贸易体制，反对单边主义；欢迎合作框架！",
                text(TITLE + "\n我们支持多边贸 易体 制,反对单边\n主义;欢迎合作框架!"));
        assertEquals(TITLE + "\n我们呼吁各方：保持克制？", text(TITLE + "\n我们呼吁各方:保持克制?"));
    }
}
