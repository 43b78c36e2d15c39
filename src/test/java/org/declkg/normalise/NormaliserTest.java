package org.declkg.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declkg.pipeline.Annotation;
import org.junit.jupiter.api.Test;

class NormaliserTest {
    private final Normaliser normaliser = new Normaliser(line -> line.startsWith("成员国"));

    private Annotation run(String raw) {
        Annotation doc = new Annotation("t", raw);
        normaliser.annotate(doc);
        return doc;
    }

    @Test
    void halfWidthPunctuationInChineseBecomesFullWidth() {
        assertEquals("标题\n成员国重申，坚持（2024年7月4日，阿斯塔纳）：合作；支持？",
                run("标题\n成员国重申,坚持(2024年7月4日,阿斯塔纳):合作;支持?").text());
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
    }

    @Test
    void aSentenceBrokenAcrossParagraphsIsJoined() {
        assertEquals("标题\n成员国强调打击恐怖主义及切断融资渠道的重要性。",
                run("标题\n\n成员国强调打击恐怖主义及\n\n切断融资渠道的重要性。").text());
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
    void numberingAndLoneHeadingsAreDropped() {
        assertEquals("标题\n成员国支持合作。\n成员国反对制裁。", run("标题\n三\n成员国支持合作。\n（二）\n政治安全合作\n成员国反对制裁。").text());
    }

    @Test
    void everyCharacterPointsBackToItsRawOffset() {
        String raw = "<p>标题</p>\r\n成员国重申,坚持(合作)。\r\n三\r\n成员国\r\n支持合作。";
        Annotation doc = run(raw);
        String text = doc.text();
        int[] offsets = doc.rawOffsets();
        assertEquals(text.length() + 1, offsets.length);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i), r = raw.charAt(offsets[i]);
            assertTrue(c == r || c == '\n' || "，（）".indexOf(c) >= 0 && ",()".indexOf(r) >= 0,
                    "char " + i + " '" + c + "' maps to '" + r + "'");
        }
    }

    @Test
    void listMarkersOpeningAParagraphAreDropped() {
        assertEquals("标题\n成员国支持合作。\n成员国反对制裁。\n成员国欢迎倡议。\n2025年是合作年。",
                run("标题\n1. 成员国支持合作。\n（二）成员国反对制裁。\n三、成员国欢迎倡议。\n2025年是合作年。").text());
    }
}
