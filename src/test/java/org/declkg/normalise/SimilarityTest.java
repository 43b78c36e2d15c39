package org.declkg.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Dice coefficient of character bigrams, each bigram counted as often as both paragraphs have it. */
class SimilarityTest {
    private static double dice(String a, String b) { return new Similarity.Bigrams(a).dice(new Similarity.Bigrams(b)); }

    @Test
    void identicalDisjointAndRepeatedBigrams() {
        assertEquals(1.0, dice("成员国支持合作", "成员国支持合作"));
        assertEquals(0.0, dice("成员国支持", "双方反对制裁"));
        assertEquals(0.5, dice("合合合合", "合合")); // 3 bigrams and 1, one in common: 2·1/4
        assertEquals(0.0, dice("合", "合"));
        assertEquals(2.0 * 2 / (4 + 3), dice("成员国支持", "成员国反")); // 成员, 员国
    }

    @Test
    void nearlyEqualWantsTheSameNumbers() {
        String p = "我们强烈谴责2026年4月22日在某市中心广场发生的造成大量平民伤亡的恐怖袭击事件。";
        assertTrue(new Similarity.Bigrams(p).nearlyEqual(new Similarity.Bigrams(p.replace("大量", "许多"))));
        assertFalse(new Similarity.Bigrams(p).nearlyEqual(new Similarity.Bigrams(p.replace("22日", "23日"))));
    }
}
