package org.declkg.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import org.declkg.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {
    private static final String SEED = Fixtures.seed();
    private final TextReader reader = new TextReader(TextReader.DEFAULT_MAX_BYTES);

    @TempDir Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private String refusal(Path file) {
        return assertThrows(InputException.class, () -> reader.read(file)).getMessage();
    }

    @Test
    void readsPlainUtf8AsItIs() throws Exception {
        InputText in = reader.read(file("seed.txt", SEED.getBytes(StandardCharsets.UTF_8)));
        assertEquals(SEED, in.text());
        assertEquals(List.of(), in.notes());
    }

    @Test
    void emptyFile() throws Exception {
        assertEquals("is empty", refusal(file("empty.txt", new byte[0])));
    }

    @Test
    void whitespaceOnly() throws Exception {
        assertEquals("contains only whitespace", refusal(file("blank.txt", " \n\t\r\n\u3000\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void pngImage() throws Exception {
        byte[] noise = new byte[4096];
        new Random(6).nextBytes(noise);
        byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, noise);
        assertEquals("is a PNG image, not a text file", refusal(file("picture.txt", png)));
    }

    @Test
    void pdfDocument() throws Exception {
        assertEquals("is a PDF document, not a text file", refusal(file("d.txt", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))));
    }

    @Test
    void randomBytes() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 'x'; // no known signature
        assertEquals("is binary, not a text file", refusal(file("noise.txt", noise)));
    }

    @Test
    void gb18030IsDecodedWithANote() throws Exception {
        InputText in = reader.read(file("gbk.txt", SEED.getBytes(Charset.forName("GB18030"))));
        assertEquals(SEED, in.text());
        assertEquals(List.of("not UTF-8: decoded as GB18030 (GBK)"), in.notes());
    }

    @Test
    void gbkSubsetToo() throws Exception {
        String s = "各成员国强烈谴责恐怖袭击，支持和平进程。\n";
        InputText in = reader.read(file("gbk.txt", s.getBytes(Charset.forName("GBK"))));
        assertEquals(s, in.text());
    }

    @Test
    void utf16WithByteOrderMark() throws Exception {
        InputText le = reader.read(file("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SEED.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(SEED, le.text());
        assertEquals(List.of("decoded as UTF-16LE (byte-order mark)"), le.notes());
        InputText be = reader.read(file("be.txt", SEED.getBytes(StandardCharsets.UTF_16))); // Java writes BE with a mark
        assertEquals(SEED, be.text());
        assertEquals(List.of("decoded as UTF-16BE (byte-order mark)"), be.notes());
    }

    @Test
    void utf32WithByteOrderMark() throws Exception {
        Charset utf32le = Charset.forName("UTF-32LE");
        InputText in = reader.read(file("32.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, SEED.getBytes(utf32le))));
        assertEquals(SEED, in.text());
        assertEquals(List.of("decoded as UTF-32LE (byte-order mark)"), in.notes());
    }

    @Test
    void utf16WithoutByteOrderMark() throws Exception {
        InputText in = reader.read(file("le.txt", SEED.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(SEED, in.text());
        assertEquals(List.of("decoded as UTF-16LE (no byte-order mark)"), in.notes());
    }

    @Test
    void utf16MarkWithOddBytesIsRefused() throws Exception {
        byte[] b = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "宣言".getBytes(StandardCharsets.UTF_16LE));
        byte[] broken = concat(b, new byte[] {0x41});
        assertEquals("has a UTF-16LE byte-order mark but is not valid UTF-16LE", refusal(file("odd.txt", broken)));
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheText() throws Exception {
        InputText in = reader.read(file("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                SEED.getBytes(StandardCharsets.UTF_8))));
        assertEquals(SEED, in.text()); // same characters, so the same offsets
        assertFalse(in.text().startsWith("\uFEFF"));
        assertEquals(List.of(), in.notes());
    }

    @Test
    void crlfLineEndsAreRead() throws Exception {
        String crlf = SEED.replace("\n", "\r\n");
        InputText in = reader.read(file("crlf.txt", crlf.getBytes(StandardCharsets.UTF_8)));
        assertEquals(crlf, in.text());
        assertEquals(List.of(), in.notes());
    }

    @Test
    void aFewDamagedBytesAreReplacedWithANote() throws Exception {
        String text = "成员国强烈谴责恐怖主义，支持各国和平解决争端。".repeat(20);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(b, b.length - 2); // the last character cut after its first byte
        InputText in = reader.read(file("cut.txt", cut));
        assertTrue(in.text().endsWith("\uFFFD"), "the broken character is marked");
        assertEquals(List.of("1 invalid UTF-8 byte sequence replaced by U+FFFD"), in.notes());
    }

    @Test
    void latin1IsNeitherUtf8NorChinese() throws Exception {
        String s = "Déclaration conjointe des États membres à propos de la coopération régionale et économique. ".repeat(3);
        assertEquals("is not UTF-8 text (nor Chinese in GB18030 or Big5)", refusal(file("fr.txt", s.getBytes(StandardCharsets.ISO_8859_1))));
    }

    @Test
    void overTheSizeLimitIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024); // sparse: 100 MB without writing them
        }
        assertEquals("is 104857600 bytes, over the limit of 10485760 bytes (--max-bytes)", refusal(big));
        Path small = file("small.txt", "宣言宣言".getBytes(StandardCharsets.UTF_8));
        InputException e = assertThrows(InputException.class, () -> new TextReader(11).read(small));
        assertEquals("is 12 bytes, over the limit of 11 bytes (--max-bytes)", e.getMessage());
        assertEquals("宣言宣言", new TextReader(12).read(small).text());
    }

    @Test
    void directory() throws Exception {
        assertEquals("is a directory, not a text file", refusal(Files.createDirectory(dir.resolve("texts"))));
    }

    @Test
    void missingFile() {
        assertEquals("no such file", refusal(dir.resolve("nowhere.txt")));
    }

    @Test
    void unreadableByPermissions() throws Exception {
        Path f = file("secret.txt", SEED.getBytes(StandardCharsets.UTF_8));
        assumeTrue(Files.getFileAttributeView(f, java.nio.file.attribute.PosixFileAttributeView.class) != null);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(f), "running as root: permissions do not stop reading");
            assertEquals("cannot be read: permission denied", refusal(f));
        } finally {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** A file whose read fails even for root: this process's memory, read from address 0. */
    @Test
    void unreadableByTheSystem() {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(mem), "needs Linux /proc");
        assertEquals("cannot be read: Input/output error", refusal(mem));
    }

    @Test
    void namedPipeIsNotARegularFile() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "needs mkfifo");
            return;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        assertEquals("is not a regular file (a device, pipe or socket?)", refusal(fifo));
    }

    @Test
    void rdfIsRefusedWithItsSyntax() throws Exception {
        assertEquals("looks like RDF (Turtle), not a declaration text",
                refusal(file("a.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("looks like RDF (Turtle), not a declaration text",
                refusal(file("b.txt", "# exported graph\n\nPREFIX dk: <https://w3id.org/declkg/ontology#>\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("looks like RDF (Turtle), not a declaration text",
                refusal(file("g.trig", "<https://example.org/g> {\n  <https://example.org/a> <https://example.org/b> 1 .\n}\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("looks like RDF (N-Triples), not a declaration text",
                refusal(file("c.nt", "<http://example.org/a> <http://example.org/b> \"宣言\" .\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("looks like RDF (JSON-LD), not a declaration text",
                refusal(file("d.jsonld", "{\n  \"@context\": {}, \"@id\": \"x\"\n}".getBytes(StandardCharsets.UTF_8))));
        assertEquals("looks like RDF (RDF/XML), not a declaration text",
                refusal(file("e.rdf", "<?xml version=\"1.0\"?>\n<rdf:RDF/>".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void markupAndTextThatMerelyMentionRdfAreText() throws Exception {
        String html = "<html><body><p>成员国谴责恐怖主义。</p></body></html>\n";
        assertEquals(html, reader.read(file("page.html", html.getBytes(StandardCharsets.UTF_8))).text());
        String prose = "各方讨论了数据格式，例如 @prefix 与 <http://example.org/> 的写法。\n";
        assertEquals(prose, reader.read(file("prose.txt", prose.getBytes(StandardCharsets.UTF_8))).text());
    }

    @Test
    void aTextThatIsNotADeclarationIsStillText() throws Exception {
        String novel = "那年秋天，雨下得很久。老陈每天傍晚都坐在河边的石头上，看着河水慢慢地涨起来，又慢慢地退下去。\n";
        assertEquals(novel, reader.read(file("novel.txt", novel.getBytes(StandardCharsets.UTF_8))).text());
    }

    @Test
    void sizeLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new TextReader(0));
    }
}
