package org.declkg.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Markup made to cost or to smuggle: runs of '&' and '<', control characters written as references. */
class HostileMarkupTest {
    private final MarkupStripper stripper = new MarkupStripper();

    @Test
    void referencesToControlCharactersAreDropped() {
        assertEquals("标题[31m红", stripper.strip("标题&#27;[31m&#1;红&#x7;&#0;").toString());
        assertEquals("a\tb\nc", stripper.strip("a&#9;b&#10;c").toString(), "tab and line feed are text");
        assertEquals("ab", stripper.strip("a&#xD800;&#xFFFE;&#1114112;b").toString(), "no surrogate, non-character or beyond Unicode");
        assertEquals("ab", stripper.strip("a\u0001\u001bb").toString(), "raw ones too");
    }

    @Test
    void referencesBeyondTheBasicPlaneAreWholeCharacters() {
        assertEquals("\uD83D\uDE00", stripper.strip("&#x1F600;").toString());
        assertEquals("\uD83D\uDE00", stripper.strip("&#128512;").toString());
    }

    @Test
    void runsOfAmpersandsAndAnglesAreKeptAsText() {
        String amps = "&".repeat(50_000);
        assertEquals(amps, stripper.strip(amps).toString());
        String angles = "<a ".repeat(20_000);
        TrackedText t = stripper.strip(angles);
        assertTrue(t.length() < angles.length(), "each '<a ' is a tag cut off at the next '<'");
        assertEquals("&<", stripper.strip("&amp;&lt;").toString());
    }

    @Test
    void paragraphsNumberedBeyondNineHundredAndNinetyNineLoseTheirNumbers() {
        Normaliser n = new Normaliser(line -> line.startsWith("成员国"), org.declkg.Fixtures.knowledge().grammar(),
                org.declkg.Fixtures.knowledge().numerals(), org.declkg.Fixtures.knowledge().furniture(), org.declkg.Fixtures.knowledge().dates(), org.declkg.Fixtures.knowledge().heads());
        org.declkg.pipeline.Annotation doc = new org.declkg.pipeline.Annotation("t", "标题\n999. 成员国支持合作。\n1000. 成员国反对制裁。\n123456、成员国欢迎倡议。");
        n.annotate(doc);
        assertEquals("标题\n成员国支持合作。\n成员国反对制裁。\n成员国欢迎倡议。", doc.text());
    }
}
