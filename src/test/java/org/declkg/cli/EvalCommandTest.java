package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --gold FILE TEXT} in process: the table on stdout, one line on stderr for a bad gold file. */
class EvalCommandTest {
    private record Run(int status, String out, String err) {}

    private static Run eval(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void theTableOfAFictionalDeclarationAgainstItsGold() {
        Run r = eval("eval", "--ontology", "ontology", "--gold", "src/test/resources/gold/fictional-brics.tsv",
                "src/test/resources/declarations/fictional-brics.zh.txt");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("declkg eval: src/test/resources/declarations/fictional-brics.zh.txt against "), r.out());
        assertTrue(r.out().matches("(?s).*\\n  condemns +1 +1 +1 +1\\.000 +1\\.000 +1\\.000\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\nmicro-average +51 +51 +51 +1\\.000 +1\\.000 +1\\.000\\n.*"), r.out());
        assertTrue(r.out().contains("MISSES (0)") && r.out().contains("FALSE HITS (0)"), r.out());
    }

    @Test
    void belowTheMinimumF1TheStatusIsOne(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "category\tobject\tdetail\nsupports\t从未出现的内容\tactors=members\n", StandardCharsets.UTF_8);
        Run r = eval("eval", "--ontology", "ontology", "--min-f1", "0.5", "--gold", gold.toString(),
                "src/test/resources/declarations/fictional-brics.zh.txt");
        assertEquals(1, r.status());
        assertTrue(r.out().contains("[supports] 从未出现的内容"), r.out());
    }

    @Test
    void aGoldFileWithoutItsColumnsIsOneLineOnStderr(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "what\tever\nsupports\tX\n", StandardCharsets.UTF_8);
        Run r = eval("eval", "--ontology", "ontology", "--gold", gold.toString(), "src/test/resources/declarations/fictional-brics.zh.txt");
        assertEquals(1, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("declkg: " + gold + ": not a gold file"), r.err());
    }

    @Test
    void aMissingGoldFileSaysSo(@TempDir Path dir) {
        Path gold = dir.resolve("nowhere.tsv");
        Run r = eval("eval", "--ontology", "ontology", "--gold", gold.toString(), "src/test/resources/declarations/fictional-brics.zh.txt");
        assertEquals(1, r.status());
        assertEquals("declkg: " + gold + ": no such file", r.err().strip());
    }
}
