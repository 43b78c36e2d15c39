package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.declkg.Jar;
import org.declkg.Fixtures;
import org.declkg.Snapshots;
import org.declkg.TdbFolder;
import org.declkg.rdf.DK;
import org.declkg.rdf.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever researchers feed it, through the packaged jar: each refused file gets exactly one line on
 * stderr naming it and the problem, exit status 1, no stack trace, and a store that held the seed
 * holds exactly the same quads afterwards. Texts in other encodings say what the seed says, with offsets
 * into their own text and the provenance of their own file.
 */
class BadInputIT {
    @TempDir static Path dir;
    static Path db;
    static Model plainGraph;

    /** A file made on demand in the test folder, and what declkg must say about it (null: it is read). */
    record Input(String name, byte[] bytes, String answer) {
        Path file() {
            try {
                Path f = dir.resolve(name);
                if (bytes != null && !Files.exists(f)) Files.write(f, bytes);
                if (bytes == null && name.endsWith("folder")) Files.createDirectories(f);
                return f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() { return name; }
    }

    private static final String SEED = Fixtures.seed();
    private static final String NOVEL = """
            那年秋天，雨下得很久。老陈每天傍晚都坐在河边的石头上，看着河水慢慢地涨起来，又慢慢地退下去。
            他的女儿在城里读书，一年只回来一次。每次回来，她都给他带一包茶叶，他舍不得喝，一直放在柜子里。
            """;

    static Stream<Input> refused() {
        byte[] png = new byte[4096];
        new Random(1).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        byte[] noise = new byte[4096];
        new Random(2).nextBytes(noise);
        noise[0] = 'x';
        return Stream.of(
                new Input("empty.txt", new byte[0], "is empty"),
                new Input("blank.txt", " \n\t \r\n   \n".getBytes(StandardCharsets.UTF_8), "contains only whitespace"),
                new Input("scan.png", png, "is a PNG image, not a text file"),
                new Input("noise.bin", noise, "is binary, not a text file"),
                new Input("novel.txt", NOVEL.getBytes(StandardCharsets.UTF_8),
                        "no declaration statements found (not a declaration? --allow-empty loads it anyway)"),
                new Input("texts-folder", null, "is a directory, not a text file"),
                new Input("missing.txt", null, "no such file"),
                new Input("graph.ttl", "@prefix dk: <https://w3id.org/declkg/ontology#> .\n<https://example.org/d> a dk:Declaration .\n"
                        .getBytes(StandardCharsets.UTF_8), "looks like RDF (Turtle), not a declaration text"));
    }

    static Stream<Input> read() {
        return Stream.of(
                new Input("gb18030.txt", SEED.getBytes(Charset.forName("GB18030")), "not UTF-8: decoded as GB18030 (GBK)"),
                new Input("utf16le-bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SEED.getBytes(StandardCharsets.UTF_16LE)),
                        "decoded as UTF-16LE (byte-order mark)"),
                new Input("utf16be-bom.txt", SEED.getBytes(StandardCharsets.UTF_16), "decoded as UTF-16BE (byte-order mark)"),
                new Input("utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SEED.getBytes(StandardCharsets.UTF_8)), null),
                new Input("crlf.txt", SEED.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), null));
    }

    @BeforeAll
    static void seedTheStore() throws IOException {
        db = dir.resolve("db");
        Path seed = Files.writeString(dir.resolve("seed.txt"), SEED);
        Jar.Run load = Jar.run("load", "--db", db.toString(), seed.toString());
        assertEquals(0, load.exit(), load.stderr());
        assertTrue(TdbFolder.quads(db).size() > 1000, "the seed is in the store");
        Jar.Run extract = Jar.run("extract", "-f", "nt", seed.toString());
        assertEquals(0, extract.exit(), extract.stderr());
        plainGraph = parse(extract.stdout());
    }

    /** The graph without the file it was read from (name, size, hash, encoding; the run's label names it) and the run's times. */
    private static Model withoutSource(Model m) {
        Model copy = Snapshots.withoutRunTimes(m);
        for (Resource file : m.listSubjectsWithProperty(RDF.type, DK.SourceFile).toList()) {
            copy.removeAll(file, null, null);
            copy.removeAll(null, null, file);
        }
        for (Resource run : m.listSubjectsWithProperty(RDF.type, Vocab.PROV.Activity).toList()) copy.removeAll(run, RDFS.label, null);
        return copy;
    }

    @ParameterizedTest(name = "extract {0}")
    @MethodSource("refused")
    void extractRefusesWithOneLine(Input in) {
        Path f = in.file();
        Jar.Run r = Jar.run("extract", f.toString());
        assertEquals(1, r.exit(), r.stderr());
        assertEquals(List.of("declkg: " + f + ": " + in.answer()), r.stderrLines());
        assertEquals("", r.stdout(), "a refused text gives no RDF at all");
    }

    @ParameterizedTest(name = "load {0}")
    @MethodSource("refused")
    void loadRefusesWithOneLineAndTheStoreKeepsWhatItHad(Input in) {
        Path f = in.file();
        Set<String> seeded = TdbFolder.quads(db);
        Jar.Run r = Jar.run("load", "--db", db.toString(), f.toString());
        assertEquals(1, r.exit(), r.stderr());
        assertEquals(List.of("declkg: " + f + ": " + in.answer()), r.stderrLines());
        assertEquals(seeded, TdbFolder.quads(db));
    }

    @ParameterizedTest(name = "extract {0}")
    @MethodSource("read")
    void extractGivesTheSameGraphInAnyEncoding(Input in) {
        Path f = in.file();
        Jar.Run r = Jar.run("extract", "-f", "nt", f.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(in.answer() == null ? List.of() : List.of("declkg: " + f + ": " + in.answer()), r.stderrLines());
        Model m = parse(r.stdout());
        assertTrue(Snapshots.statementsOnly(m).isIsomorphicWith(Snapshots.statementsOnly(plainGraph)), "the same statements");
        // The text as given is the seed's but for a CRLF file, whose offsets count its CRs; the file is the file read.
        String text = m.listObjectsOfProperty(Vocab.NIF.isString).next().asLiteral().getString();
        assertEquals(in.name().startsWith("crlf") ? SEED.replace("\n", "\r\n") : SEED, text);
        if (!in.name().startsWith("crlf"))
            assertTrue(withoutSource(m).isIsomorphicWith(withoutSource(plainGraph)), "the same offsets: a byte-order mark does not shift them");
        Resource source = m.listSubjectsWithProperty(RDF.type, DK.SourceFile).next();
        assertEquals(in.name(), source.getRequiredProperty(DK.fileName).getString());
        assertEquals(in.bytes().length, source.getRequiredProperty(DK.byteSize).getLong());
    }

    @ParameterizedTest(name = "load {0}")
    @MethodSource("read")
    void loadingTheSeedInAnyEncodingLeavesTheSameStatements(Input in) {
        Path f = in.file();
        Set<String> statements = TdbFolder.quads(db, Snapshots::statementsOnly);
        Jar.Run r = Jar.run("load", "--db", db.toString(), f.toString());
        assertEquals(0, r.exit(), r.stderr());
        if (in.answer() != null) assertTrue(r.stderrLines().contains("declkg: " + f + ": " + in.answer()), r.stderr());
        assertFalse(Jar.hasStackTrace(r.stderrLines()));
        assertEquals(statements, TdbFolder.quads(db, Snapshots::statementsOnly), "the same graph but for where it was read from");
        assertEquals(Set.of(in.name()), TdbFolder.read(db, ds -> {
            Set<String> names = new java.util.TreeSet<>();
            ds.getUnionModel().listObjectsOfProperty(DK.fileName).forEachRemaining(n -> names.add(n.asLiteral().getString()));
            return names;
        }), "and the graph says which file it was read from");
    }

    /** 100 MB of text under a 512 MiB heap: refused by its size before it is read, so memory stays bounded. */
    @Test
    void aHundredMegabyteTextIsRefusedByItsSizeUnderASmallHeap() throws IOException {
        Path big = dir.resolve("hundred-mb.txt");
        byte[] line = "成员国强调，应通过政治和外交途径解决分歧，加强在经济、人文等领域的合作。\n".getBytes(StandardCharsets.UTF_8);
        long target = 100L * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < target; written += line.length) out.write(line);
        }
        long size = Files.size(big);
        String answer = "declkg: " + big + ": is " + size + " bytes, over the limit of 10485760 bytes (--max-bytes)";
        Set<String> seeded = TdbFolder.quads(db);
        try {
            Jar.Run extract = Jar.run(List.of("-Xmx512m"), "extract", big.toString());
            assertEquals(1, extract.exit(), extract.stderr());
            assertEquals(List.of(answer), extract.stderrLines());
            Jar.Run load = Jar.run(List.of("-Xmx512m"), "load", "--db", db.toString(), big.toString());
            assertEquals(1, load.exit(), load.stderr());
            assertEquals(List.of(answer), load.stderrLines());
            assertEquals(seeded, TdbFolder.quads(db));
        } finally {
            Files.deleteIfExists(big);
        }
    }

    /** Permissions stop everyone but root; a file whose read fails stops root too. */
    @Test
    void anUnreadableFileIsRefusedAndTheStoreKeepsWhatItHad() throws IOException {
        Path mem = Path.of("/proc/self/mem"); // the process's own memory: reading from address 0 fails
        assumeTrue(Files.exists(mem), "needs Linux /proc");
        Set<String> seeded = TdbFolder.quads(db);
        Jar.Run r = Jar.run("load", "--db", db.toString(), mem.toString());
        assertEquals(1, r.exit(), r.stderr());
        assertEquals(List.of("declkg: /proc/self/mem: cannot be read: Input/output error"), r.stderrLines());
        assertEquals(seeded, TdbFolder.quads(db));
    }

    @Test
    void aFileWithoutReadPermissionIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("locked.txt"), SEED);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(f), "running as root: permissions do not stop reading");
            Set<String> seeded = TdbFolder.quads(db);
            Jar.Run r = Jar.run("load", "--db", db.toString(), f.toString());
            assertEquals(1, r.exit(), r.stderr());
            assertEquals(List.of("declkg: " + f + ": cannot be read: permission denied"), r.stderrLines());
            assertEquals(seeded, TdbFolder.quads(db));
        } finally {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aTextWithoutStatementsLoadsOnlyWhenAllowed() {
        Path fresh = dir.resolve("allow-empty-db");
        Path novel = dir.resolve("novel-allowed.txt");
        try {
            Files.writeString(novel, NOVEL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Jar.Run r = Jar.run("load", "--db", fresh.toString(), "--allow-empty", novel.toString());
        assertEquals(0, r.exit(), r.stderr());
        long declarations = TdbFolder.read(fresh, ds -> {
            long n = 0;
            for (var it = ds.listModelNames(); it.hasNext(); ) if (it.next().getURI().contains("/declaration/")) n++;
            return n;
        });
        assertEquals(1, declarations);
    }

    private static Model parse(String ntriples) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(ntriples.getBytes(StandardCharsets.UTF_8)), Lang.NTRIPLES);
        return m;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
