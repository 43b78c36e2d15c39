package org.declkg.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgramSizeTest {
    @Test
    void atomsCountOneAndRepetitionsMultiply() {
        assertEquals(3, ProgramSize.estimate("abc"));
        assertTrue(ProgramSize.estimate("a{1000}") >= 1000);
        assertTrue(ProgramSize.estimate("(a{1000}){1000}") >= 1_000_000);
        assertTrue(ProgramSize.estimate("((a{1000}){1000}){1000}") >= 1_000_000_000L);
        assertTrue(ProgramSize.estimate("(?:x{10}|y{10}){10}") >= 200);
    }

    @Test
    void escapesClassesAndLiteralBracesAreSingleAtoms() {
        assertEquals(1, ProgramSize.estimate("[a-z{1000}]"));
        assertEquals(2, ProgramSize.estimate("\\{\\}"));
        assertEquals(3, ProgramSize.estimate("a{b"), "a brace without a count is a literal");
        assertTrue(ProgramSize.estimate("\\Qa{1000}\\E") < 20, "quoted text is literal");
        assertTrue(ProgramSize.estimate("[]a]{5}") >= 5);
    }
}
