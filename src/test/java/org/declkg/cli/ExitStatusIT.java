package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.declkg.Jar;
import org.declkg.Fixtures;
import org.declkg.TdbFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit statuses of the contract, from the jar: 0 done, 1 bad input, 2 wrong command line,
 * 3 could not be done (the store in use, not a folder, ...). One line each, a stack trace only with -v.
 */
class ExitStatusIT {
    @TempDir Path dir;

    @Test
    void helpIsZero() {
        assertEquals(0, Jar.run("load", "--help").exit());
    }

    @Test
    void aWrongCommandLineIsTwo() {
        assertEquals(2, Jar.run("frobnicate").exit());
        assertEquals(2, Jar.run("extract").exit(), "no FILE");
        assertEquals(2, Jar.run("load", "--db", dir.resolve("db").toString()).exit(), "no FILE");
        Jar.Run format = Jar.run("extract", "-f", "xml", Fixtures.SEED.toString());
        assertEquals(2, format.exit());
        assertEquals(1, format.stderrLines().size(), format.stderr());
        for (List<String> args : List.of(List.of("--base", "https://example.org/id", "extract", Fixtures.SEED.toString()),
                List.of("extract", "--base", "https://example.org/id", Fixtures.SEED.toString()))) {
            Jar.Run base = Jar.run(args.toArray(String[]::new));
            assertEquals(2, base.exit(), base.stderr());
            assertEquals(1, base.stderrLines().size(), base.stderr());
            assertTrue(base.stderr().startsWith("declkg: --base must end with '/': https://example.org/id (see: declkg "), base.stderr());
            assertTrue(base.stdout().isEmpty(), "no RDF");
        }
        Jar.Run unknown = Jar.run("load", "--frobnicate");
        assertEquals(2, unknown.exit());
        assertEquals(1, unknown.stderrLines().size(), "one line, not the whole usage: " + unknown.stderr());
    }

    @Test
    void aStoreThatIsNotAFolderIsThreeWithOneLineAndATraceOnlyWhenVerbose() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("db"), "x");
        Path text = Files.writeString(dir.resolve("seed.txt"), Fixtures.seed());
        Jar.Run quiet = Jar.run("load", "--db", notAFolder.toString(), text.toString());
        assertEquals(3, quiet.exit());
        assertEquals(List.of("declkg: " + notAFolder + ": is not a directory"), quiet.stderrLines());
        Jar.Run verbose = Jar.run("-v", "load", "--db", notAFolder.toString(), text.toString());
        assertEquals(3, verbose.exit());
        assertEquals("declkg: " + notAFolder + ": is not a directory", verbose.stderrLines().get(0));
        assertTrue(Jar.hasStackTrace(verbose.stderrLines()), "-v shows where it failed");
    }

    /** Another process holding the store (here: this test) is named, and the load changes nothing. */
    @Test
    void aStoreInUseIsThreeWithOneLine() throws Exception {
        Path db = dir.resolve("db");
        Path text = Files.writeString(dir.resolve("seed.txt"), Fixtures.seed());
        Dataset held = TDB2Factory.connectDataset(db.toString());
        try {
            Txn.executeRead(held, () -> held.asDatasetGraph().isEmpty());
            Jar.Run r = Jar.run("load", "--db", db.toString(), text.toString());
            assertEquals(3, r.exit());
            assertEquals(List.of("declkg: " + db + ": the store is in use by process " + ProcessHandle.current().pid()
                    + " (a load, dump or serve); try again when it has finished"), r.stderrLines());
            assertFalse(Jar.hasStackTrace(r.stderrLines()));
        } finally {
            TDBInternal.expel(held.asDatasetGraph());
        }
        assertEquals(0, TdbFolder.size(db));
    }
}
