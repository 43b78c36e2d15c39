package org.declkg.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.junit.jupiter.api.Test;

/** The regular expressions of SPARQL queries: linear, bounded, cancellable, and still Jena's semantics. */
class LinearRegexTest {
    private static final AtomicBoolean RUNNING = new AtomicBoolean(false);

    @Test
    void theCatastrophicPatternOfTheReviewAnswersAtOnce() {
        // java.util.regex takes minutes on this (exponential backtracking); RE2 reads the text once.
        LinearRegex r = LinearRegex.compile("REGEX", "^(.*a){11}c", null);
        assertFalse(r.find("a".repeat(40) + "b", RUNNING));
        assertTrue(r.find("a".repeat(40) + "c", RUNNING));
    }

    @Test
    void nestedCountedRepetitionsAreRefusedBeforeTheyAreCompiled() {
        // RE2/J expands counted repetitions: these would fill the heap while compiling.
        for (String p : new String[] {"((a{1000}){1000}){1000}", "(?:(?:a{100}){100}){100}", "(a{1000}){20}"}) {
            ExprEvalException e = assertThrows(ExprEvalException.class, () -> LinearRegex.compile("REGEX", p, null), p);
            assertTrue(e.getMessage().contains("pattern too large"), e.getMessage());
        }
        assertTrue(LinearRegex.compile("REGEX", "(ab){1000}", null).find("ab".repeat(1000), RUNNING));
    }

    @Test
    void whatRe2CannotDoIsSaidPlainly() {
        ExprEvalException e = assertThrows(ExprEvalException.class, () -> LinearRegex.compile("REGEX", "a(?=b)", null));
        assertTrue(e.getMessage().contains("no backreferences or lookaround"), e.getMessage());
        assertThrows(ExprEvalException.class, () -> LinearRegex.compile("REGEX", "a", "z"), "an unknown flag");
    }

    @Test
    void theXpathFlagsWork() {
        assertTrue(LinearRegex.compile("REGEX", "^SCO$", "i").find("sco", RUNNING));
        assertTrue(LinearRegex.compile("REGEX", "^b$", "m").find("a\nb", RUNNING));
        assertFalse(LinearRegex.compile("REGEX", "a.b", null).find("a\nb", RUNNING));
        assertTrue(LinearRegex.compile("REGEX", "a.b", "s").find("a\nb", RUNNING));
        assertTrue(LinearRegex.compile("REGEX", "a b [ ]c", "x").find("ab c", RUNNING));
        assertTrue(LinearRegex.compile("REGEX", "a.b(", "q").find("xa.b(y", RUNNING));
        assertFalse(LinearRegex.compile("REGEX", "a.b(", "q").find("axb(", RUNNING));
    }

    @Test
    void replaceUsesGroupsAndCountsAnEmptyMatchOnce() {
        LinearRegex swap = LinearRegex.compile("REPLACE", "^(.)(.)", null);
        assertEquals("BAC", swap.replace("ABC", "$2$1", RUNNING, "REPLACE"));
        assertNull(LinearRegex.compile("REPLACE", "x", null).replace("abc", "y", RUNNING, "REPLACE"), "no match");
        // Jena keeps the first empty match only: an empty pattern cannot multiply the text
        assertEquals("-abc", LinearRegex.compile("REPLACE", "x*", null).replace("abc", "-", RUNNING, "REPLACE"));
    }

    @Test
    void aCancelledQueryStopsAMatchInTheMiddle() {
        LinearRegex slow = LinearRegex.compile("REGEX", "(a|aa)*(.*a){40}c", null);
        AtomicBoolean cancelled = new AtomicBoolean(true);
        assertThrows(QueryCancelledException.class, () -> slow.find("a".repeat(200_000), cancelled));
    }
}
