package org.declkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declkg.bench.Measurement.Target;
import org.junit.jupiter.api.Test;

/** A figure's ratio to its reference, and whether it meets its target, as the bench table prints them. */
class MeasurementTest {
    @Test
    void throughputAtLeastHalfOfTheReference() {
        Measurement m = Measurement.compared("extraction", 400_000, "chars/s", "segmenter", 1_000_000, Target.atLeast(0.5));
        assertEquals(0.4, m.ratio(), 1e-9);
        assertFalse(m.met());
        assertTrue(m.row().endsWith("0.40  ≥ 0.5  MISSED"), m.row());
    }

    @Test
    void timeAtMostItsLimitWithoutAReference() {
        Measurement m = Measurement.limited("cold", 1.5, "s", Target.atMost(2));
        assertTrue(m.met());
        assertTrue(m.row().endsWith("≤ 2  met"), m.row());
        assertFalse(Measurement.limited("cold", 2.5, "s", Target.atMost(2)).met());
    }

    @Test
    void countsWithoutDecimalsOthersWithTwo() {
        assertEquals("1,000", Measurement.number(1000));
        assertEquals("0", Measurement.number(0));
        assertEquals("1.50", Measurement.number(1.5));
        assertEquals("n/a", Measurement.number(Double.NaN));
    }
}
