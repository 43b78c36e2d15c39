package org.declkg.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordIndexTest {
    private final WordIndex<String> index = new WordIndex<>(Map.of("支持", "supports", "支持和", "x", "表示支持", "states support",
            "会议", "meeting", "峰会", "summit"));

    @Test
    void theLongestWordAtAPositionWins() {
        assertEquals("states support", index.at("我们表示支持该倡议", 2));
        assertEquals("x", index.at("支持和欢迎", 0));
        assertEquals("supports", index.at("坚定支持", 2));
    }

    @Test
    void aPositionNoWordStartsAtGivesNothing() {
        assertNull(index.at("坚定支持", 0));
        assertNull(index.at("坚定支持", 1));
        assertNull(index.at("支", 0), "a word longer than the rest of the text");
        assertNull(index.at("支持", 2), "the end of the text");
        assertNull(index.at("支持", -1));
    }

    @Test
    void theLongestWordATextEndsWith() {
        assertEquals("summit", index.endOf("上海合作组织天津峰会"));
        assertEquals("meeting", index.endOf("外长理事会会议"));
        assertNull(index.endOf("会议纪要"));
        assertNull(index.endOf(""));
    }
}
