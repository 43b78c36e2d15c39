package org.declkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code declkg.jar} (system property {@code declkg.jar}, set by failsafe) run as a
 * process, the way users run it.
 */
public final class Jar {
    /** What a finished run left: its exit status and everything it wrote. */
    public record Run(int exit, String stdout, String stderr) {
        public List<String> stderrLines() { return stderr.lines().toList(); }
    }

    private Jar() {}

    public static Path path() {
        // DECLKG_TEST_JAR runs the tests against another build (an older one, to show what a fix changed)
        String p = System.getenv().getOrDefault("DECLKG_TEST_JAR", System.getProperty("declkg.jar", "target/declkg.jar"));
        Path jar = Path.of(p);
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("no jar at " + jar + ": run mvn package first");
        return jar.toAbsolutePath();
    }

    /** The folder the jar was built into; screenshots and figures go beside it. */
    public static Path buildDir() { return path().getParent(); }

    /** {@code java [jvmArgs] -jar declkg.jar args...}; a heap of 1 GiB unless jvmArgs say otherwise. */
    public static ProcessBuilder builder(List<String> jvmArgs, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8"));
        if (jvmArgs.stream().noneMatch(a -> a.startsWith("-Xmx"))) cmd.add("-Xmx1g");
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-jar", path().toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    /** Runs the jar in the current folder to the end (at most 10 minutes). */
    public static Run run(String... args) { return run(List.of(), args); }

    public static Run run(List<String> jvmArgs, String... args) {
        return run(builder(jvmArgs, args), Duration.ofMinutes(10), args);
    }

    /** Runs the jar in {@code workDir} to the end (at most {@code timeout}), capturing stdout and stderr as UTF-8. */
    public static Run run(Path workDir, Duration timeout, String... args) {
        return run(builder(List.of(), args).directory(workDir.toFile()), timeout, args);
    }

    private static Run run(ProcessBuilder builder, Duration timeout, String... args) {
        try {
            Path out = Files.createTempFile("declkg-out", ".txt"), err = Files.createTempFile("declkg-err", ".txt");
            try {
                Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly().waitFor();
                    throw new IllegalStateException("declkg " + String.join(" ", args) + " did not finish in " + timeout);
                }
                return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A running jar whose stdout lines can be awaited; stderr goes to a file. */
    public static final class Running implements AutoCloseable {
        public final Process process;
        public final Path stderr;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();

        private Running(Process process, Path stderr) {
            this.process = process;
            this.stderr = stderr;
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) lines.add(line);
                } catch (IOException ignored) {
                    // the process is gone
                }
            }, "declkg-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits for a stdout line that starts with {@code prefix} (after leading spaces) and returns it. */
        public String awaitLine(String prefix, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line != null) {
                    seen.add(line);
                    if (line.strip().startsWith(prefix)) return line;
                }
                if (line == null && !process.isAlive() && lines.isEmpty())
                    throw new IllegalStateException("declkg exited with " + process.exitValue() + "; stdout " + seen
                            + "; stderr " + stderrText());
            }
            throw new IllegalStateException("no line starting with '" + prefix + "' in " + timeout + "; stdout " + seen
                    + "; stderr " + stderrText());
        }

        /** Every stdout line read so far. */
        public List<String> seen() { return List.copyOf(seen); }

        public String stderrText() {
            try {
                return Files.readString(stderr, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(unreadable: " + e.getMessage() + ")";
            }
        }

        /** Sends SIGTERM (what Ctrl-C's shutdown hooks also run on) and waits for the exit status. */
        public int terminate(Duration timeout) throws InterruptedException {
            process.destroy();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("declkg did not stop within " + timeout + " of SIGTERM");
            }
            return process.exitValue();
        }

        @Override
        public void close() {
            if (process.isAlive()) process.destroyForcibly();
        }
    }

    public static Running start(Path workDir, String... args) {
        try {
            Path err = Files.createTempFile("declkg-err", ".txt");
            return new Running(builder(List.of(), args).directory(workDir.toFile()).redirectError(err.toFile()).start(), err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines that only a Java stack trace has. */
    public static boolean hasStackTrace(List<String> stderr) {
        return stderr.stream().anyMatch(l -> l.startsWith("\tat ") || l.startsWith("Exception in thread")
                || l.startsWith("Caused by: "));
    }

    /** A port nothing listens on at the moment. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a loopback port can be bound now. */
    public static boolean portIsFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 0, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
