package org.declkg.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declkg.Fixtures;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Mention;
import org.junit.jupiter.api.Test;

/** Sentence in, known names out: "surface KIND key". */
class TaggerTest {
    private static List<String> names(String text) {
        Annotation doc = Fixtures.extractor().annotate("t", text);
        return doc.mentions().stream().map(m -> doc.cover(m.span()) + " " + m.kind() + " " + m.key()).toList();
    }

    @Test
    void officialNamesAndShortNamesOfStates() {
        assertEquals(List.of("大韩民国 STATE south-korea", "日本 STATE japan", "印尼 STATE indonesia"),
                names("大韩民国、日本和印尼代表出席。"));
    }

    @Test
    void theLongestNameWins() {
        assertEquals(List.of("印度尼西亚共和国 STATE indonesia", "印度洋 PLACE indian-ocean"), names("印度尼西亚共和国关注印度洋局势。"));
        assertEquals(List.of("联合国安理会 ORGANISATION unsc", "联合国 ORGANISATION un"), names("联合国安理会是联合国的主要机关。"));
    }

    @Test
    void aShortNameInsideAnotherWordIsNoName() {
        assertEquals(List.of(), names("在沿海地区加强合作。"));   // 海地
        assertEquals(List.of(), names("在这里加强合作。"));       // 里加
        assertEquals(List.of("海地共和国 STATE haiti"), names("海地共和国代表出席。"));
    }

    @Test
    void aShortNameATextDefinesForItself() {
        assertEquals(List.of("东南亚国家联盟 ORGANISATION asean", "本联盟 ORGANISATION asean"),
                names("东南亚国家联盟（以下简称“本联盟”）成立。本联盟欢迎合作。").subList(0, 2));
    }
}
