package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.declkg.Fixtures;
import org.declkg.Jar;
import org.declkg.TdbFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against what it should survive, from the jar: a file name that would break the
 * line is escaped; a store that cannot be written (a file-size limit, a full disk) is one line and
 * exit 3; a load waiting for a server that died says so at once. (Values that make no sense:
 * {@link UsageErrorsTest}.)
 */
class HostileCommandLineIT {
    @TempDir Path dir;

    private Path seed() throws IOException {
        return Files.writeString(dir.resolve("seed.txt"), Fixtures.seed());
    }

    @Test
    void aFileNameWithALineBreakStaysOnOneLine() throws Exception {
        Path odd = Files.writeString(dir.resolve("evil\nname\u001b[31m.txt"), "");
        Jar.Run r = Jar.run("extract", odd.toString());
        assertEquals(Main.BAD_INPUT, r.exit());
        assertEquals(List.of("declkg: " + dir + "/evil\\nname\\u001b[31m.txt: is empty"), r.stderrLines());
    }

    /** {@code ulimit -f}: every write past 1 MB fails with "File too large"; TDB2 maps 8 MiB files. */
    @Test
    void aFileSizeLimitIsOneLineAndExitThree() throws Exception {
        Path db = dir.resolve("db");
        Run r = run("ulimit -f 1000", List.of("load", "--no-dumps", "--db", db.toString(), seed().toString()));
        assertEquals(Main.FAILURE, r.exit, r.stderr);
        List<String> failures = r.stderr.lines().filter(l -> l.startsWith("declkg: ")).toList();
        assertEquals(List.of("declkg: a write failed: file too large (a file-size limit was reached); "
                + "the store keeps what was committed before (the failed write changed nothing)"), failures, r.stderr);
        assertFalse(Jar.hasStackTrace(r.stderr.lines().toList()), r.stderr);
    }

    /**
     * A tmpfs of 1.6 MB fills up while the seed's graphs are written: TDB2's memory-mapped write faults
     * (an InternalError in Java). Needs root and mount(8); skipped, saying so, where it cannot mount.
     */
    @Test
    void aFullDiskDuringALoadIsOneLineAndExitThreeAndTheStoreStillOpens() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small-disk"));
        Process m = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1600k", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        boolean mounted = m.waitFor(30, TimeUnit.SECONDS) && m.exitValue() == 0;
        assumeTrue(mounted, "cannot mount a small tmpfs here (needs root and mount): full-disk test skipped; "
                + new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        try {
            Path db = mount.resolve("db");
            Run r = run("", List.of("load", "--no-dumps", "--db", db.toString(), seed().toString()));
            assertEquals(Main.FAILURE, r.exit, r.stderr);
            List<String> failures = r.stderr.lines().filter(l -> l.startsWith("declkg: ")).toList();
            assertEquals(1, failures.size(), r.stderr);
            assertTrue(failures.get(0).startsWith("declkg: a write failed: "), failures.get(0));
            assertFalse(Jar.hasStackTrace(r.stderr.lines().toList()), r.stderr);
            TdbFolder.size(db); // opens: TDB2's journal kept it whole
        } finally {
            // lazily: this JVM may still map TDB2's files until they are collected
            new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aLoadWaitingForAServerThatDiedSaysSoAtOnce() throws Exception {
        Path db = dir.resolve("db");
        Jar.Run first = Jar.run("load", "--db", db.toString(), seed().toString());
        assertEquals(0, first.exit(), first.stderr());
        int port = Jar.freePort();
        try (Jar.Running server = Jar.start(dir, "serve", "--db", db.toString(), "--port", Integer.toString(port))) {
            server.awaitLine("SPARQL endpoint:", Duration.ofMinutes(1));
            long pid = server.process.pid();
            signal("STOP", pid); // alive, holding the store, applying nothing
            Path text = Files.writeString(dir.resolve("other.txt"), Fixtures.seed().replaceFirst("2025年9月1日", "2025年9月2日"));
            ProcessBuilder load = Jar.builder(List.of(), "load", "--db", db.toString(), "--wait", "300", text.toString());
            Path err = dir.resolve("load.err");
            Process loading = load.redirectError(err.toFile()).redirectOutput(dir.resolve("load.out").toFile()).start();
            Path incoming = db.resolve("incoming");
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (System.nanoTime() < until && !handedOver(incoming)) Thread.sleep(200);
            assertTrue(handedOver(incoming), "the load handed its graphs over");
            signal("KILL", pid);
            server.process.waitFor(30, TimeUnit.SECONDS);
            long killed = System.nanoTime();
            assertTrue(loading.waitFor(60, TimeUnit.SECONDS), "the load noticed, well before its 300 s");
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killed);
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(Main.FAILURE, loading.exitValue(), stderr);
            assertTrue(stderr.contains("the server (process " + pid + ") stopped before applying 2 hand-over files"), stderr);
            assertTrue(seconds < 10, "noticed after " + seconds + " s");
        }
    }

    private static boolean handedOver(Path incoming) throws IOException {
        if (!Files.isDirectory(incoming)) return false;
        try (var files = Files.list(incoming)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".trig") && !n.startsWith(".")).count() >= 2;
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor());
    }

    private record Run(int exit, String stderr) {}

    /** The jar run by bash after {@code setup} (a ulimit, say), at most five minutes. */
    private Run run(String setup, List<String> args) throws Exception {
        List<String> jar = new ArrayList<>(Jar.builder(List.of("-XX:-UsePerfData"), args.toArray(String[]::new)).command());
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", (setup.isEmpty() ? "" : setup + "; ") + "exec \"$@\"", "bash"));
        cmd.addAll(jar);
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished");
        return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }
}
