package org.declkg.cli;

import java.io.PrintStream;

/**
 * How far a long run over many files has got, on stderr: a bar redrawn in place when a person is
 * watching a terminal, otherwise one plain line every {@value #LINE_EVERY_SECONDS} seconds (so logs
 * and short runs stay clean).
 */
final class Progress {
    static final int LINE_EVERY_SECONDS = 10;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final int total;
    private final boolean terminal;
    private final java.util.function.LongSupplier clock;
    private final long start;
    private long lastShown;
    private int done;
    private boolean drawn;

    Progress(PrintStream err, int total, boolean terminal, java.util.function.LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastShown = start;
    }

    /** For stderr of this process: a terminal when the JVM has a console. */
    static Progress onStderr(int total) {
        return new Progress(System.err, total, System.console() != null, System::nanoTime);
    }

    synchronized void advance(int files) {
        done += files;
        long now = clock.getAsLong();
        long every = terminal ? 200_000_000L : LINE_EVERY_SECONDS * 1_000_000_000L;
        if (now - lastShown < every && done < total) return;
        if (!terminal && done >= total && !drawn) return; // finished before the first line was due
        lastShown = now;
        show(now);
    }

    /** Ends the bar's line, if one was drawn. */
    synchronized void finish() {
        if (terminal && drawn) err.println();
    }

    private void show(long now) {
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && done < total ? ", " + duration((total - done) / rate) + " left" : "";
        String figures = String.format("%d/%d files, %.1f files/s%s", done, total, rate, eta);
        if (terminal) {
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + figures + "   ");
            err.flush();
        } else {
            err.println("declkg: " + figures);
        }
        drawn = true;
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
    }
}
