package org.declkg.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.declkg.Fixtures;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Header;
import org.junit.jupiter.api.Test;

/** The declaration's own title, date and place, under what a web page puts above it. */
class WebPageHeaderTest {
    private static final String TITLE = "金砖国家领导人第二十五次会晤宣言";
    private static final String OPENING = "我们，金砖国家领导人，于2032年6月11日在巴西利亚举行第二十五次会晤。\n我们支持多边贸易体制。\n";

    private static Annotation doc(String text) { return Fixtures.extractor().annotate("t", text); }

    private static String title(Annotation doc) { return doc.header().title() == null ? null : doc.cover(doc.header().title()); }

    @Test
    void theTitleUnderASiteNameIsStillTheTitle() {
        for (String site : new String[] {"中华人民共和国外交部", "北方新闻网", "北方新闻网 > 国际 > 正文", "新华社巴西利亚6月11日电"}) {
            Annotation doc = doc(site + "\n" + TITLE + "\n" + OPENING);
            assertEquals(TITLE, title(doc), site);
            assertEquals("brics", doc.header().organisationKey(), site);
            assertEquals("brasilia", doc.header().place().key(), site);
        }
    }

    @Test
    void aJointStatementTitleUnderASiteNameIsNotJoinedToTheText() {
        Annotation doc = doc("北方信息网移动版\n上海合作组织秘书处\n中华人民共和国和塞尔维亚共和国联合声明\n"
                + "双方于2032年3月1日在贝尔格莱德举行会谈。\n双方欢迎两国签署的合作文件。\n");
        assertEquals("中华人民共和国和塞尔维亚共和国联合声明", title(doc));
        assertEquals("belgrade", doc.header().place().key());
        String listed = "中华人民共和国和塞尔维亚共和国关于深化合作、构建命运共同体的联合声明";
        assertEquals(listed, title(doc("北方信息网移动版\n上海合作组织秘书处\n" + listed + "\n双方欢迎两国签署的合作文件。\n")));
    }

    @Test
    void aTitleRepeatedTwiceIsOneTitle() {
        Annotation doc = doc(TITLE + "\n" + TITLE + "\n" + OPENING);
        assertEquals(TITLE, title(doc));
        assertEquals(TITLE + "\n" + OPENING.strip(), doc.text());
        Annotation glued = doc(TITLE + "\n" + TITLE + " " + OPENING);
        assertEquals(TITLE + "\n" + OPENING.strip(), glued.text(), "the title repeated at the head of the opening paragraph");
        assertEquals(TITLE, title(doc(TITLE + "_北方新闻网\n" + TITLE + "\n" + OPENING)), "the page's title with the site's name");
    }

    @Test
    void aPublicationTimestampOnTheFirstLineIsNotTheDeclarationsDate() {
        String undated = "我们，金砖国家领导人，在巴西利亚举行第二十五次会晤。\n我们支持多边贸易体制。\n";
        for (String stamp : new String[] {"2032-06-13 10:23", "2032年06月13日 10:23", "2032年06月13日 星期日", "发布时间：2032-06-13 10:23:45"}) {
            Header h = doc(stamp + "\n" + TITLE + "\n" + undated).header();
            assertNull(h.date(), stamp);
            assertEquals("brics", h.organisationKey(), stamp);
            Annotation dated = doc(stamp + "\n" + TITLE + "\n" + OPENING);
            assertEquals(TITLE, title(dated), stamp);
            assertEquals("2032-06-11", dated.header().date().iso(), stamp);
        }
    }
}
