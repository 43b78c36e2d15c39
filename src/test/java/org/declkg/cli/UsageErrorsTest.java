package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.declkg.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Values that make no sense are usage errors (exit 2) in one line, before any work is done. */
class UsageErrorsTest {
    @TempDir Path dir;

    private record Run(int exit, List<String> stderr) {}

    private static Run run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.setErr(err);
        }
    }

    private static void assertUsageError(Run r, String says) {
        assertEquals(Main.USAGE, r.exit(), r.stderr().toString());
        assertEquals(1, r.stderr().size(), r.stderr().toString());
        assertTrue(r.stderr().get(0).startsWith("declkg: ") && r.stderr().get(0).contains(says), r.stderr().get(0));
    }

    @Test
    void senselessValuesAreUsageErrorsInOneLine() throws Exception {
        String db = dir.resolve("db").toString();
        String text = Files.writeString(dir.resolve("t.txt"), "x").toString();
        assertUsageError(run("load", "--db", db, "--max-bytes", "0", text), "--max-bytes must be between 1 and");
        assertUsageError(run("load", "--db", db, "--threads", "0", text), "--threads must be at least 1, not 0 (see: declkg load --help)");
        assertUsageError(run("extract", "--threads", "-2", text), "--threads must be at least 1");
        assertUsageError(run("load", "--db", db, "--batch", "0", text), "--batch must be at least 1, not 0");
        assertUsageError(run("load", "--db", db, "--wait", "-5", text), "--wait must be at least 0, not -5");
        assertUsageError(run("load", "--db", db, "--public-url", "not a url", text), "--public-url must be an absolute http(s) URL");
        assertUsageError(run("serve", "--db", db, "--port", "70000"), "--port must be between 0 and 65535");
        assertUsageError(run("serve", "--db", db, "--timeout", "0"), "--timeout must be at least 1");
        assertUsageError(run("dump"), "Missing required option: '--db=DIR'");
        assertUsageError(run("load", "--frobnicate", text), "Unknown option");
        assertFalse(Files.exists(Path.of(db)), "nothing was done");
    }

    @Test
    void theBaseMustBeAnAbsoluteIriEndingWithASlash() throws Exception {
        String text = Files.writeString(dir.resolve("t.txt"), "x").toString();
        assertUsageError(run("--base", "notaurl/", "extract", text), "--base must be an absolute IRI");
        assertUsageError(run("extract", "--base", "/id/", text), "--base must be an absolute IRI");
        assertUsageError(run("extract", "--base", "https://example.org/id", text), "--base must end with '/'");
        Path out = dir.resolve("out.ttl");
        String db = dir.resolve("db").toString();
        assertUsageError(run("extract", "--base", "https://example.org/id", "-o", out.toString(), text), "--base must end with '/'");
        assertUsageError(run("--base", "notaurl/", "load", "--db", db, text), "--base must be an absolute IRI");
        assertFalse(Files.exists(out) || Files.exists(Path.of(db)), "a refused base writes nothing");
        Main main = new Main();
        assertThrows(ParameterException.class,
                () -> new CommandLine(main).parseArgs("--base", "https://example.org/id", "extract", text));
        assertEquals(Iris.DEFAULT, main.iris(), "a refused base changes nothing");
        assertEquals(null, BaseIri.problem("https://example.org/kg/id/"));
        assertEquals(null, BaseIri.problem("urn:x-declkg:id/"));
    }

    @Test
    void controlCharactersInMessagesAreEscaped() {
        assertEquals("a\\nb\\u001b[31m\\tc", Stderr.escape("a\nb\u001b[31m\tc"));
        assertEquals("plain 中文", Stderr.escape("plain 中文"));
    }
}
