package org.declkg;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code declkg.jar} (system property {@code declkg.jar}, set by failsafe) run as a
 * process, as users run it: exit status, stdout and the lines of stderr.
 */
public final class DeclkgJar {
    private DeclkgJar() {}

    /** What one run gave. */
    public record Run(int exit, String stdout, List<String> stderr) {
        public String stderrText() { return String.join("\n", stderr); }
    }

    public static Path jar() {
        String p = System.getProperty("declkg.jar");
        if (p == null) fail("system property declkg.jar is not set (run with mvn verify)");
        Path jar = Path.of(p);
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
        return jar;
    }

    /** Runs {@code java [jvmArgs] -jar declkg.jar args...} to the end (at most 10 minutes). */
    public static Run run(List<String> jvmArgs, String... args) {
        try {
            Path out = Files.createTempFile("declkg-stdout", ".txt");
            Path err = Files.createTempFile("declkg-stderr", ".txt");
            try {
                Process p = builder(jvmArgs, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(10, TimeUnit.MINUTES)) {
                    p.destroyForcibly().waitFor();
                    fail("declkg " + String.join(" ", args) + " did not finish in 10 minutes");
                }
                return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readAllLines(err, StandardCharsets.UTF_8));
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

    public static Run run(String... args) { return run(List.of(), args); }

    /** A process to start and watch: stdout and stderr go to the given files. */
    public static ProcessBuilder builder(List<String> jvmArgs, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Lines that only a Java stack trace has. */
    public static boolean hasStackTrace(List<String> stderr) {
        return stderr.stream().anyMatch(l -> l.startsWith("\tat ") || l.startsWith("Exception in thread")
                || l.startsWith("Caused by: "));
    }
}
