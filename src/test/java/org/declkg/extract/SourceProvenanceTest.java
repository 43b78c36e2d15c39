package org.declkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.declkg.Fixtures;
import org.declkg.Snapshots;
import org.declkg.input.InputText;
import org.declkg.input.TextReader;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Vocab.NIF;
import org.declkg.rdf.Vocab.PROV;
import org.declkg.rdf.Vocab.SCHEMA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The provenance a reader can check against their own file: every offset cuts the file as they have
 * it (read here without declkg: bytes, byte-order mark removed, UTF-8 decoded, counted in code
 * points as Python and SPARQL count), sentences and paragraphs in order with the numbers the text
 * gives, and the extraction that made the graph with the file's hash.
 */
class SourceProvenanceTest {
    private static final Path DECLARATIONS = Path.of("src/test/resources/declarations");
    private static final String STRINGS = """
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            SELECT ?s ?b ?e ?anchor WHERE { ?s nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor }""";

    @TempDir Path dir;

    static Stream<Path> texts() throws IOException {
        try (Stream<Path> files = Files.list(DECLARATIONS)) {
            return Stream.concat(Stream.of(Fixtures.SEED), files.sorted().toList().stream());
        }
    }

    /** The file as the user has it: its bytes decoded as UTF-8, without the byte-order mark. */
    private static String usersText(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int skip = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(b, skip, b.length - skip, StandardCharsets.UTF_8);
    }

    /** What {@code load} and {@code extract} do with a file. */
    private static Model load(Path file) throws Exception {
        InputText in = new TextReader(TextReader.DEFAULT_MAX_BYTES).read(file);
        return Fixtures.extractor().extract(in.source(), in.text()).graph();
    }

    private static int offset(Resource r, org.apache.jena.rdf.model.Property p) { return r.getRequiredProperty(p).getInt(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void everyOffsetCutsTheUsersOwnFile(Path file) throws Exception {
        String source = usersText(file);
        int[] points = source.codePoints().toArray();
        Model m = load(file);
        Resource context = m.listSubjectsWithProperty(RDF.type, NIF.Context).next();
        assertEquals(source, context.getRequiredProperty(NIF.isString).getString(), "the context is the file as given");
        assertEquals(points.length, offset(context, NIF.endIndex));
        int strings = 0;
        try (QueryExecution qe = QueryExecution.model(m).query(STRINGS).build()) {
            for (QuerySolution s : (Iterable<QuerySolution>) qe::execSelect) {
                int b = s.getLiteral("b").getInt(), e = s.getLiteral("e").getInt();
                assertEquals(s.getLiteral("anchor").getString(), new String(points, b, e - b), s.getResource("s").getURI());
                assertEquals(context.getURI() + "#char=" + b + "," + e, s.getResource("s").getURI(), "named by its offsets");
                strings++;
            }
        }
        List<Resource> acts = m.listSubjectsWithProperty(RDF.type, DK.Act).toList();
        assertFalse(acts.isEmpty());
        for (Resource act : acts) {
            Resource anchor = act.getPropertyResourceValue(PROV.wasDerivedFrom);
            Resource sentence = anchor.getPropertyResourceValue(NIF.sentence);
            assertTrue(m.contains(sentence, RDF.type, NIF.Sentence), act + " lies in a sentence");
            assertTrue(offset(sentence, NIF.beginIndex) <= offset(anchor, NIF.beginIndex)
                    && offset(anchor, NIF.endIndex) <= offset(sentence, NIF.endIndex), act + " lies within its sentence");
        }
        assertTrue(strings > acts.size() / 2, "sentences, paragraphs and anchors are all checked");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void sentencesFollowEachOtherAndLieInTheirParagraphs(Path file) throws Exception {
        Model m = load(file);
        List<Resource> sentences = m.listSubjectsWithProperty(RDF.type, NIF.Sentence).toList();
        Resource first = sentences.stream().filter(s -> !m.contains(null, NIF.nextSentence, s)).findFirst().orElseThrow();
        List<Resource> chain = new ArrayList<>();
        for (Resource s = first; s != null; s = s.getPropertyResourceValue(NIF.nextSentence)) {
            if (!chain.isEmpty()) assertTrue(offset(chain.get(chain.size() - 1), NIF.endIndex) <= offset(s, NIF.beginIndex));
            chain.add(s);
            Resource p = s.getPropertyResourceValue(NIF.superString);
            assertTrue(m.contains(p, RDF.type, NIF.Paragraph), s + " is in a paragraph");
            assertTrue(offset(p, NIF.beginIndex) <= offset(s, NIF.beginIndex) && offset(s, NIF.endIndex) <= offset(p, NIF.endIndex));
        }
        assertEquals(sentences.size(), chain.size(), "one chain through every sentence, in order");
    }

    /** Each paragraph's number and section, in text order, as "section/number" ("-" where none). */
    private static List<String> numbers(Model m) {
        List<Resource> paragraphs = new ArrayList<>(m.listSubjectsWithProperty(RDF.type, NIF.Paragraph).toList());
        paragraphs.sort((x, y) -> Integer.compare(offset(x, NIF.beginIndex), offset(y, NIF.beginIndex)));
        List<String> out = new ArrayList<>();
        for (Resource p : paragraphs) {
            Statement section = p.getProperty(DK.sectionNumber), number = p.getProperty(DK.paragraphNumber);
            out.add((section == null ? "-" : section.getString()) + "/" + (number == null ? "-" : number.getString()));
        }
        return out;
    }

    @Test
    void paragraphNumbersAndSectionsAsTheTextGivesThem() throws Exception {
        assertEquals(List.of("-/-", "-/-", "一/1", "一/2", "一/3", "二/4", "二/5", "二/6", "二/-"),
                numbers(load(DECLARATIONS.resolve("fictional-rio-crlf.zh.txt"))), "lone numerals head sections; 1. numbers paragraphs");
        assertEquals(List.of("-/-", "-/-", "一/一", "一/二", "一/三", "二/四", "二/五", "二/六", "二/七", "三/八", "三/-"),
                numbers(load(DECLARATIONS.resolve("fictional-dushanbe-traditional.zh.txt"))), "（一） under 一、政治與安全合作");
        List<String> mirror = numbers(load(DECLARATIONS.resolve("fictional-kathmandu-mirror.zh.txt")));
        assertTrue(mirror.containsAll(List.of("-/1", "-/2", "-/3", "-/4", "-/5", "-/6", "-/7")), "<p>1.&nbsp; is paragraph 1: " + mirror);
    }

    @Test
    void aSpanEndingInAnEntityEndsAfterIt() throws Exception {
        Path file = DECLARATIONS.resolve("fictional-kathmandu-mirror.zh.txt");
        Model m = load(file);
        List<String> sentences = m.listSubjectsWithProperty(RDF.type, NIF.Sentence).toList().stream()
                .map(s -> s.getRequiredProperty(NIF.anchorOf).getString()).filter(s -> s.contains("科伦坡")).toList();
        assertEquals(List.of("我们强烈谴责2027年8月在科伦坡发生的恐怖袭击，向遇难者家属表示深切慰问&#12290;"), sentences);
    }

    @Test
    void aCharacterBeyondTheBasicPlaneCountsOnce() throws Exception {
        Path file = DECLARATIONS.resolve("fictional-dushanbe-traditional.zh.txt");
        String source = usersText(file);
        assertNotEquals(source.length(), source.codePointCount(0, source.length()), "the text has one");
        Model m = load(file);
        Resource appreciation = m.listSubjectsWithProperty(RDF.type, DK.Appreciation).next();
        Resource anchor = appreciation.getPropertyResourceValue(PROV.wasDerivedFrom);
        int b = offset(anchor, NIF.beginIndex);
        String anchorText = anchor.getRequiredProperty(NIF.anchorOf).getString();
        assertTrue(anchorText.startsWith("成員國讚賞"), anchorText);
        assertEquals(source.codePointCount(0, source.indexOf(anchorText)), b, "code points, not UTF-16 units");
    }

    private static Resource only(Model m, Resource type) {
        List<Resource> all = m.listSubjectsWithProperty(RDF.type, type).toList();
        assertEquals(1, all.size(), type.toString());
        return all.get(0);
    }

    @Test
    void theExtractionUsedTheFileNamedByItsHash() throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.SEED);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Model first = load(Files.write(dir.resolve("tianjin.txt"), bytes));
        Model again = load(Files.write(dir.resolve("copy of the declaration.txt"), bytes));
        for (Model m : List.of(first, again)) {
            Resource file = only(m, DK.SourceFile);
            assertEquals(Iris.DEFAULT.of("source", sha), file.getURI());
            assertEquals(sha, file.getRequiredProperty(DK.sha256).getString());
            assertEquals(bytes.length, file.getRequiredProperty(DK.byteSize).getLong());
            assertEquals("UTF-8", file.getRequiredProperty(DK.encoding).getString());
            Resource activity = only(m, PROV.Activity);
            Resource declaration = only(m, DK.Declaration);
            assertTrue(m.contains(declaration, PROV.wasGeneratedBy, activity));
            assertTrue(m.contains(activity, PROV.used, file));
            Instant start = Instant.parse(activity.getRequiredProperty(PROV.startedAtTime).getString());
            Instant end = Instant.parse(activity.getRequiredProperty(PROV.endedAtTime).getString());
            assertFalse(end.isBefore(start));
            Resource agent = activity.getPropertyResourceValue(PROV.wasAssociatedWith);
            assertTrue(m.contains(agent, RDF.type, PROV.SoftwareAgent));
            assertTrue(agent.getRequiredProperty(SCHEMA.softwareVersion).getString().matches("[0-9]+\\.[0-9]+\\.[0-9]+.*"));
            assertTrue(agent.getRequiredProperty(DK.commit).getString().matches("[0-9a-f]{40}(-dirty)?|unknown"));
            assertTrue(m.contains(m.getResource(declaration.getPropertyResourceValue(PROV.wasDerivedFrom).getURI()),
                    PROV.wasDerivedFrom, file), "the text is the decoded file");
        }
        assertEquals(List.of("tianjin.txt", "copy of the declaration.txt"),
                Stream.of(first, again).map(m -> only(m, DK.SourceFile).getRequiredProperty(DK.fileName).getString()).toList());
        assertEquals(only(first, DK.SourceFile).getRequiredProperty(DK.sha256).getObject(),
                only(again, DK.SourceFile).getRequiredProperty(DK.sha256).getObject(), "the same SHA-256 literal");
    }

    @Test
    void theEncodingAndSizeAreTheFilesNotTheTexts() throws Exception {
        String seed = usersText(Fixtures.SEED);
        byte[] gbk = seed.getBytes(Charset.forName("GB18030"));
        Model m = load(Files.write(dir.resolve("gbk.txt"), gbk));
        Resource file = only(m, DK.SourceFile);
        assertEquals("GB18030", file.getRequiredProperty(DK.encoding).getString());
        assertEquals(gbk.length, file.getRequiredProperty(DK.byteSize).getLong());
        assertNotEquals(seed.getBytes(StandardCharsets.UTF_8).length, gbk.length);
        assertEquals(seed, only(m, NIF.Context).getRequiredProperty(NIF.isString).getString());

        String traditional = usersText(DECLARATIONS.resolve("fictional-dushanbe-traditional.zh.txt")).replace("𠀋", "");
        byte[] big5 = traditional.getBytes(Charset.forName("Big5"));
        Model b5 = load(Files.write(dir.resolve("big5.txt"), big5));
        assertEquals("Big5", only(b5, DK.SourceFile).getRequiredProperty(DK.encoding).getString());
        assertEquals(big5.length, only(b5, DK.SourceFile).getRequiredProperty(DK.byteSize).getLong());
        assertEquals(traditional, only(b5, NIF.Context).getRequiredProperty(NIF.isString).getString());
    }

    @Test
    void twoRunsOnOneFileDifferOnlyInTheirTimes() throws Exception {
        Path file = Files.write(dir.resolve("seed.txt"), Files.readAllBytes(Fixtures.SEED));
        Model a = load(file), b = load(file);
        assertTrue(Snapshots.withoutRunTimes(a).isIsomorphicWith(Snapshots.withoutRunTimes(b)));
        assertEquals(Arrays.asList(2L, 2L), Stream.of(a, b).map(m -> m.size() - Snapshots.withoutRunTimes(m).size()).toList());
    }
}
