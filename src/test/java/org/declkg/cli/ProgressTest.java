package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Progress on stderr: a bar redrawn in place on a terminal, a plain line now and then otherwise. */
class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private long now;

    private String written() { return bytes.toString(StandardCharsets.UTF_8); }

    @Test
    void withoutATerminalAShortRunSaysNothing() {
        Progress p = new Progress(err, 100, false, () -> now);
        now += 2_000_000_000L;
        p.advance(100);
        p.finish();
        assertEquals("", written());
    }

    @Test
    void withoutATerminalALongRunSaysWhereItIsEveryTenSeconds() {
        Progress p = new Progress(err, 1000, false, () -> now);
        now += 5_000_000_000L;
        p.advance(100);
        assertEquals("", written(), "not yet ten seconds");
        now += 5_000_000_000L;
        p.advance(100);
        assertEquals("declkg: 200/1000 files, 20.0 files/s, 40 s left\n", written());
        now += 40_000_000_000L;
        p.advance(800);
        assertTrue(written().endsWith("declkg: 1000/1000 files, 20.0 files/s\n"), written());
    }

    @Test
    void onATerminalABarRedrawnInPlace() {
        Progress p = new Progress(err, 4, true, () -> now);
        now += 1_000_000_000L;
        p.advance(1);
        now += 1_000_000_000L;
        p.advance(3);
        p.finish();
        String out = written();
        assertTrue(out.startsWith("\r[#######-----------------------] 1/4 files"), out);
        assertTrue(out.contains("\r[##############################] 4/4 files, 2.0 files/s"), out);
        assertTrue(out.endsWith("\n"), "the bar's line is ended");
    }
}
