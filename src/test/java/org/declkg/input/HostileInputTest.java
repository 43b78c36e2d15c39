package org.declkg.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs made to mislead the reader: link loops, control characters, Big5 that also parses as GB18030. */
class HostileInputTest {
    /** Traditional Chinese, as a Taiwanese or Hong Kong site would publish it. */
    static final String TRADITIONAL = "上海合作組織成員國元首理事會宣言\n成員國譴責一切形式的恐怖主義，"
            + "支持聯合國在國際事務中發揮中心協調作用。成員國重申，應當通過政治外交途徑和平解決國家間分歧。\n";

    private final TextReader reader = new TextReader(TextReader.DEFAULT_MAX_BYTES);

    @TempDir Path dir;

    @Test
    void aSymbolicLinkLoopSaysSo() throws Exception {
        Path a = dir.resolve("a.txt"), b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        InputException e = assertThrows(InputException.class, () -> reader.read(a));
        assertEquals("is a symbolic link loop (too many levels of symbolic links)", e.getMessage());
        Path dangling = Files.createSymbolicLink(dir.resolve("c.txt"), dir.resolve("missing.txt"));
        assertEquals("is a symbolic link to a file that does not exist",
                assertThrows(InputException.class, () -> reader.read(dangling)).getMessage());
        assertEquals("no such file", assertThrows(InputException.class, () -> reader.read(dir.resolve("none.txt"))).getMessage());
    }

    @Test
    void rawControlCharactersBecomeSpacesAndAreReportedOnce() throws Exception {
        String raw = "上海合作组织成员国元首理事会宣言\n成员国\u001b[31m谴责\u0007恐怖主义。\t成员国支持合作。\r\n";
        InputText t = reader.read(Files.writeString(dir.resolve("ctl.txt"), raw));
        assertEquals(raw.length(), t.text().length(), "offsets still cut the user's file");
        assertFalse(t.text().chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'), t.text());
        assertTrue(t.text().contains("\t") && t.text().contains("\r\n"), "tab and line breaks stay");
        assertEquals(List.of("2 control characters removed"), t.notes());
    }

    @Test
    void controlCharactersWrittenAsReferencesAreCountedToo() throws Exception {
        InputText t = reader.read(Files.writeString(dir.resolve("ref.txt"), "宣言&#1;标题&#27;[31m\n成员国支持合作&#x7;。&#10;&#65;\n"));
        assertEquals(List.of("3 control characters removed (3 written as character references such as &#27;)"), t.notes());
    }

    @Test
    void big5IsReadAsBig5NotAsGb18030Nonsense() throws Exception {
        byte[] big5 = TRADITIONAL.getBytes(Charset.forName("Big5"));
        assertEquals(TRADITIONAL, new String(big5, Charset.forName("Big5")), "the sample is all Big5");
        assertTrue(ChineseEncoding.share(big5, true) > ChineseEncoding.share(big5, false));
        InputText t = reader.read(Files.write(dir.resolve("big5.txt"), big5));
        assertEquals(TRADITIONAL, t.text());
        assertEquals(List.of("not UTF-8: decoded as Big5 (Traditional Chinese)"), t.notes());
    }

    @Test
    void gb18030IsStillReadAsGb18030() throws Exception {
        String simplified = "上海合作组织成员国元首理事会宣言\n成员国谴责一切形式的恐怖主义，支持联合国在国际事务中发挥中心协调作用。\n";
        byte[] gb = simplified.getBytes(Charset.forName("GB18030"));
        assertTrue(ChineseEncoding.share(gb, false) > ChineseEncoding.share(gb, true));
        InputText t = reader.read(Files.write(dir.resolve("gb.txt"), gb));
        assertEquals(simplified, t.text());
        assertEquals(List.of("not UTF-8: decoded as GB18030 (GBK)"), t.notes());
        assertEquals(simplified, reader.read(Files.write(dir.resolve("utf8.txt"), simplified.getBytes(StandardCharsets.UTF_8))).text());
    }
}
