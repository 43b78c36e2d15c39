package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.declkg.Fixtures;
import org.declkg.publish.DumpWriter;
import org.declkg.store.DeclarationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dump file that cannot be written (here a folder stands where the JSON-LD file goes): {@code dump}
 * names it and exits 3, {@code load} names it and still succeeds, since its graphs are stored.
 * Either way the other files are written and the index lists exactly those.
 */
class DumpFailureTest {
    @TempDir Path dir;

    record Run(int status, String out, List<String> err) {}

    static Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** A folder with something in it where {@code name} should be written. */
    private static void block(Path dumps, String name) throws IOException {
        Files.writeString(Files.createDirectories(dumps.resolve(name)).resolve("keep"), "in the way");
    }

    private static void assertTheOthersAreWritten(Path dumps) throws IOException {
        List<String> listed = DumpWriter.index(dumps).stream().map(DumpWriter.DumpFile::name).toList();
        assertFalse(listed.contains("all.jsonld.gz"));
        for (String name : List.of("all.trig.gz", "all.nq.gz", "all.ttl.gz", "all.nt.gz", DumpWriter.LINKSET, DumpWriter.VOID))
            assertTrue(listed.contains(name) && Files.isRegularFile(dumps.resolve(name)), name);
        assertFalse(Files.readString(dumps.resolve(DumpWriter.VOID)).contains("all.jsonld.gz"), "the description offers no missing file");
    }

    @Test
    void loadWarnsAboutTheDumpAndKeepsItsGraphs() throws IOException {
        Path db = dir.resolve("tdb2");
        block(db.resolve("dumps"), "all.jsonld.gz");
        Path seed = Files.writeString(dir.resolve("seed.zh.txt"), Fixtures.seed());

        Run r = run("load", "--db", db.toString(), seed.toString());

        assertEquals(Main.OK, r.status(), String.join("\n", r.err()));
        List<String> warnings = r.err().stream().filter(l -> l.startsWith("declkg: warning: ")).toList();
        assertEquals(1, warnings.size(), String.join("\n", r.err()));
        assertTrue(warnings.get(0).startsWith("declkg: warning: " + db.resolve("dumps").resolve("all.jsonld.gz") + ": not written: "),
                warnings.get(0));
        assertTrue(warnings.get(0).endsWith("`dump --db " + db + "` writes the dumps again"), warnings.get(0));
        assertTrue(r.err().get(r.err().size() - 1).startsWith("declkg: loaded 1 declaration, 0 failed; store 0 → "), r.err().toString());
        try (DeclarationStore store = DeclarationStore.open(db)) {
            assertTrue(store.graphNames().contains(Fixtures.extractor().extract("seed.zh.txt", Fixtures.seed()).declarationIri()));
        }
        assertTheOthersAreWritten(db.resolve("dumps"));
    }

    @Test
    void dumpNamesTheFileItCouldNotWriteAndFails() throws IOException {
        Path db = dir.resolve("tdb2");
        Path seed = Files.writeString(dir.resolve("seed.zh.txt"), Fixtures.seed());
        assertEquals(Main.OK, run("load", "--no-dumps", "--db", db.toString(), seed.toString()).status());
        Path out = dir.resolve("out");
        block(out, "all.jsonld.gz");

        Run r = run("dump", "--db", db.toString(), "-o", out.toString());

        assertEquals(Main.FAILURE, r.status());
        assertEquals(List.of("declkg: " + out.resolve("all.jsonld.gz") + ": not written: Is a directory"), r.err());
        assertTrue(r.out().contains(out.resolve("all.nt.gz").toString()), r.out());
        assertTheOthersAreWritten(out);
    }
}
