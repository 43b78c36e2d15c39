package org.declkg.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.declkg.Fixtures;
import org.junit.jupiter.api.Test;

/** The organisation short names the graph writes out. */
class GazetteerTest {
    private static final List<Map.Entry<String, String>> ABBREVIATIONS = new Gazetteer(Fixtures.kb()).abbreviations();

    private static int at(String name) {
        for (int i = 0; i < ABBREVIATIONS.size(); i++) if (ABBREVIATIONS.get(i).getKey().equals(name)) return i;
        return -1;
    }

    @Test
    void shortNamesWithTheirFullNames() {
        assertEquals("联合国安全理事会", ABBREVIATIONS.get(at("安理会")).getValue());
        assertEquals("联合国安全理事会", ABBREVIATIONS.get(at("联合国安理会")).getValue());
        assertEquals("非洲联盟", ABBREVIATIONS.get(at("非盟")).getValue());
    }

    @Test
    void longestFirstSoThatAShortNameInsideALongerOneComesAfterIt() {
        assertTrue(at("联合国安理会") < at("安理会"));
        assertTrue(at("亚信会议") < at("亚信"));
        for (int i = 1; i < ABBREVIATIONS.size(); i++)
            assertTrue(ABBREVIATIONS.get(i - 1).getKey().length() >= ABBREVIATIONS.get(i).getKey().length(), ABBREVIATIONS.toString());
    }

    @Test
    void neitherFullNamesNorNamesInsideTheFullNameNorOtherKindsOfNames() {
        assertEquals(-1, at("联合国安全理事会")); // the full name itself
        assertEquals(-1, at("环境规划署")); // part of 联合国环境规划署: writing it out would double the prefix
        assertEquals(-1, at("中国")); // a state
        assertFalse(ABBREVIATIONS.isEmpty());
    }

    @Test
    void titlesWithShortNamesWrittenOutAndTitlesWithoutThemAsTheyAre() {
        Gazetteer g = Fixtures.knowledge().gazetteer();
        assertEquals("联合国安全理事会与非洲联盟合作协定", g.expandAbbreviations("联合国安理会与非盟合作协定"));
        String plain = "成员国政府间科技合作协定";
        assertTrue(plain == g.expandAbbreviations(plain), "a title without a short name is passed as it is");
        assertEquals("", g.expandAbbreviations(""));
    }
}
