package org.declkg.normalise;

import org.declkg.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declkg.pipeline.Annotation;
import org.junit.jupiter.api.Test;

/** Raw text in, the normalised text all later stages read out; every character keeps its raw offset. */
class NormaliserTest {
    private final Normaliser normaliser = new Normaliser(line -> line.startsWith("成员国") || line.startsWith("我们"), Fixtures.knowledge().grammar(), Fixtures.knowledge().numerals(), Fixtures.knowledge().furniture(), Fixtures.knowledge().dates(), Fixtures.knowledge().heads());

    private Annotation run(String raw) {
        Annotation doc = new Annotation("t", raw);
        normaliser.annotate(doc);
        return doc;
    }

    @Test
    void halfWidthPunctuationInChineseBecomesFullWidth() {
        assertEquals("标题\n成员国重申，坚持（2024年7月4日，阿斯塔纳）：合作；支持？",
                run("标题\n成员国重申,坚持(2024年7月4日,阿斯塔纳):合作;支持?").text());
        assertEquals("标题\n我们注意到论坛（2025年10月18日，莫斯科）成果。", run("标题\n我们注意到论坛(2025年10月18日, 莫斯科)成果。").text());
        assertEquals("标题\n成员国支持合作。\n我们反对制裁。", run("标题\n成员国支持合作.\n我们反对制裁.").text());
        assertEquals("标题\n我们呼吁早日达成“行为准则”，见“附件”。",
                run("标题\n我们呼吁早日达成\"行为准则\",见\"附件\"。\nSee \"note\" here.").text(), "a line with no Chinese is furniture");
    }

    @Test
    void widthFoldingKeepsLatinAndNumbersAlone() {
        assertEquals("标题\n关于“Alem.AI”中心和第2231（2015）号决议，共1,000人。",
                run("标题\n关于“Alem.AI”中心和第2231(2015)号决议,共1,000人。").text());
        assertEquals("标题\nSee (a), b: c; 2025年。", run("标题\nSee (a), b: c; ２０２５年。").text());
    }

    @Test
    void htmlTagsAndEntitiesAreRemovedEvenWhenCutOff() {
        assertEquals("标题\n成员国支持合作。\n成员国反对A&B制裁。",
                run("<p>标题</p>\n成员国支持合作&nbsp;。\n<b>成员国</b>反对A&amp;B制裁。\n</div").text());
        assertEquals("标题\n我们欢迎“绿色走廊”倡议。", run("<html><body>标题<br/>\n我们欢迎&#8220;绿色走廊&#8221;倡议。</body></html>").text());
    }

    @Test
    void aSentenceBrokenAcrossParagraphsIsJoined() {
        assertEquals("标题\n成员国强调打击恐怖主义及切断融资渠道的重要性。",
                run("标题\n\n成员国强调打击恐怖主义及\n\n切断融资渠道的重要性。").text());
        assertEquals("标题\n我们支持加强经贸、投资和互联互通合作。", run("标题\n\n我们支持加强经贸、\n\n投资和互联互通合作。").text());
    }

    @Test
    void aLoneSubjectLineIsJoinedToItsPredicate() {
        assertEquals("标题\n成员国支持世界卫生组织发挥作用。", run("标题\n成员国\n\n支持世界卫生组织发挥作用。").text());
    }

    @Test
    void repeatedParagraphsAreDroppedKeepingTheFirst() {
        String p = "成员国将根据各自国内法律法规和自愿原则开展特殊经济区合作。";
        assertEquals("标题\n" + p + "\n成员国欢迎合作。", run("标题\n" + p + "\n成员国欢迎合作。\n" + p).text());
        String samePunctuationAside = p.replace("法规和", "法规、和").replace("。", "");
        assertEquals("标题\n" + p, run("标题\n" + p + "\n" + samePunctuationAside).text());
    }

    @Test
    void aNearDuplicateParagraphWithOneWordChangedIsDropped() {
        String p = "我们高度评价俄罗斯联邦担任主席国期间为推动各领域务实合作、加强人文交流所做的大量工作。";
        String near = p.replace("大量工作", "大量的工作");
        assertEquals("标题\n" + p, run("标题\n" + p + "\n" + near).text());
        String different = "我们高度评价巴西联邦共和国担任主席国期间为推动数字经济合作所做的工作。";
        assertEquals("标题\n" + p + "\n" + different, run("标题\n" + p + "\n" + different).text());
        String attack = "我们强烈谴责2026年4月22日在某市中心广场发生的造成大量平民伤亡的恐怖袭击事件。";
        String nextDay = attack.replace("22日", "23日");
        assertEquals("标题\n" + attack + "\n" + nextDay, run("标题\n" + attack + "\n" + nextDay).text());
    }

    @Test
    void numberingAndLoneHeadingsAreDropped() {
        assertEquals("标题\n成员国支持合作。\n成员国反对制裁。", run("标题\n三\n成员国支持合作。\n（二）\n政治安全合作\n成员国反对制裁。").text());
        assertEquals("标题\n我们欢迎合作。", run("标题\n一、经济合作\n我们欢迎合作。").text());
        Normaliser withNames = new Normaliser(Fixtures.knowledge().gazetteer()::opensWithSubject, Fixtures.knowledge().grammar(), Fixtures.knowledge().numerals(), Fixtures.knowledge().furniture(), Fixtures.knowledge().dates(), Fixtures.knowledge().heads());
        Annotation doc = new Annotation("t", "标题\n一、东盟成立60周年\n成员国欢迎合作。\n东盟成员国\n支持合作。");
        withNames.annotate(doc);
        assertEquals("标题\n成员国欢迎合作。\n东盟成员国支持合作。", doc.text());
    }

    @Test
    void everyCharacterPointsBackToItsRawOffset() {
        String raw = "<p>标题</p>\r\n成员国重申,坚持(合作)。\r\n三\r\n成员国\r\n支持合作&amp;交流。\n\n成员国重申,坚持(合作)。";
        Annotation doc = run(raw);
        String text = doc.text();
        int[] offsets = doc.rawOffsets();
        assertEquals(text.length() + 1, offsets.length);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i), r = raw.charAt(offsets[i]);
            assertTrue(c == r || c == '\n' || "，（）".indexOf(c) >= 0 && ",()".indexOf(r) >= 0 || c == '&' && r == '&',
                    "char " + i + " '" + c + "' maps to '" + r + "'");
        }
    }

    @Test
    void listMarkersOpeningAParagraphAreDropped() {
        assertEquals("标题\n成员国支持合作。\n成员国反对制裁。\n成员国欢迎倡议。\n2025年是合作年。",
                run("标题\n1. 成员国支持合作。\n（二）成员国反对制裁。\n三、成员国欢迎倡议。\n2025年是合作年。").text());
    }
}
