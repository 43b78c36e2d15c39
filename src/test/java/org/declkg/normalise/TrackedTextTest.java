package org.declkg.normalise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every character keeps its raw offset and its written form, however the text grows. */
class TrackedTextTest {
    @Test
    void growsPastItsCapacityKeepingOffsetsAndWrittenForms() {
        TrackedText t = new TrackedText(1);
        for (int i = 0; i < 40; i++) t.append((char) ('a' + i % 26), 2 * i);
        t.simplify(0, 'A'); // the text changes, the written form does not
        t.set(1, 'B');
        TrackedText copy = new TrackedText(0);
        copy.append(t, 0, 3);
        copy.append(t, 39, 40);
        assertEquals("ABcn", copy.toString());
        assertEquals("aBcn", copy.written());
        assertArrayEquals(new int[] {0, 2, 4, 78, 99}, copy.offsets(99));
        assertEquals(40, t.length());
        assertEquals("Bc", t.substring(1, 3));
        assertEquals(78, t.offset(39));
    }
}
