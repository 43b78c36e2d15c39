package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.declkg.Jar;
import org.declkg.rdf.DK;
import org.declkg.Snapshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar run as a process: extract writes pure RDF in each format, every command has --help, exit codes hold. */
class JarIT {
    static final Duration MINUTE = Duration.ofMinutes(2);
    static Path seed;
    static Jar.Run turtle;

    @BeforeAll
    static void extractTheSeed() {
        seed = Path.of("seeds/sco-tianjin-2025.zh.txt").toAbsolutePath();
        turtle = Jar.run(Path.of("."), MINUTE, "extract", seed.toString());
    }

    private static Model parse(String text, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, lang).parse(m);
        return m;
    }

    private static long acts(Model m) { return m.listSubjectsWithProperty(RDF.type, DK.Act).toList().size(); }

    @Test
    void extractWritesTurtleWithActsOnStdoutAndNothingElse() {
        assertEquals(0, turtle.exit(), turtle.stderr());
        Model m = parse(turtle.stdout(), Lang.TURTLE); // strict parse: one log line on stdout would fail it
        assertTrue(acts(m) > 50, "acts: " + acts(m));
        assertTrue(m.listSubjectsWithProperty(RDF.type, DK.Declaration).hasNext());
        assertTrue(turtle.stdout().startsWith("PREFIX ") || turtle.stdout().startsWith("@prefix "), turtle.stdout().substring(0, 80));
    }

    @Test
    void eachFormatParsesToTheSameGraph() {
        Model expected = parse(turtle.stdout(), Lang.TURTLE);
        for (var f : List.of(List.of("nt", "N-TRIPLES"), List.of("jsonld", "JSON-LD"), List.of("ttl", "TURTLE"))) {
            Jar.Run r = Jar.run(Path.of("."), MINUTE, "extract", "-f", f.get(0), seed.toString());
            assertEquals(0, r.exit(), r.stderr());
            Model m = parse(r.stdout(), org.apache.jena.riot.RDFLanguages.nameToLang(f.get(1)));
            assertTrue(Snapshots.withoutRunTimes(expected).isIsomorphicWith(Snapshots.withoutRunTimes(m)), f.get(0));
        }
        Jar.Run trig = Jar.run(Path.of("."), MINUTE, "extract", "-f", "trig", seed.toString());
        Dataset d = DatasetFactory.create();
        RDFParser.fromString(trig.stdout(), Lang.TRIG).parse(d);
        List<String> graphs = new java.util.ArrayList<>();
        d.listModelNames().forEachRemaining(r -> graphs.add(r.getURI()));
        assertEquals(1, graphs.size(), "one named graph per declaration");
        assertTrue(d.getNamedModel(graphs.get(0)).contains(d.getNamedModel(graphs.get(0)).getResource(graphs.get(0)), RDF.type, DK.Declaration));
        assertTrue(Snapshots.withoutRunTimes(expected).isIsomorphicWith(Snapshots.withoutRunTimes(d.getNamedModel(graphs.get(0)))));
    }

    @Test
    void outputGoesToAFileWithDashO(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("seed.nt");
        Jar.Run r = Jar.run(dir, MINUTE, "extract", "-f", "nt", "-o", out.toString(), seed.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertEquals("", r.stdout());
        assertTrue(Snapshots.withoutRunTimes(parse(turtle.stdout(), Lang.TURTLE))
                .isIsomorphicWith(Snapshots.withoutRunTimes(parse(Files.readString(out), Lang.NTRIPLES))));
    }

    @Test
    void verboseLogsGoToStderrOnly() {
        Jar.Run r = Jar.run(Path.of("."), MINUTE, "-v", "extract", seed.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(Snapshots.withoutRunTimes(parse(turtle.stdout(), Lang.TURTLE))
                .isIsomorphicWith(Snapshots.withoutRunTimes(parse(r.stdout(), Lang.TURTLE))));
    }

    @Test
    void loadIsQuietByDefaultAndSaysMoreWithDashV(@TempDir Path dir) {
        Jar.Run quiet = Jar.run(dir, MINUTE, "load", "--db", "quiet", seed.toString());
        assertEquals(0, quiet.exit(), quiet.stderr());
        assertEquals("", quiet.stdout());
        List<String> lines = quiet.stderr().lines().toList();
        assertEquals(2, lines.size(), "one line for the file (with its shapes check), one for the load: " + lines);
        assertTrue(lines.get(0).contains("shapes: conforms (0 violations)"), lines.get(0));
        assertTrue(lines.get(1).startsWith("declkg: loaded 1 declaration, 0 failed; store 0 → "), lines.get(1));
        Jar.Run verbose = Jar.run(dir, MINUTE, "-v", "load", "--db", "verbose", seed.toString());
        assertEquals(0, verbose.exit(), verbose.stderr());
        assertTrue(verbose.stderr().lines().filter(l -> l.contains(" DEBUG ")).count() >= 5, verbose.stderr());
        assertTrue(verbose.stderr().contains("all.nt.gz"), "the dumps it wrote");
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("extract", "load", "serve", "eval", "dump")) {
            Jar.Run r = Jar.run(Path.of("."), MINUTE, cmd, "--help");
            assertEquals(0, r.exit(), cmd + ": " + r.stderr());
            assertTrue(r.stdout().startsWith("Usage: declkg " + cmd), r.stdout());
        }
        Jar.Run top = Jar.run(Path.of("."), MINUTE, "--help");
        assertEquals(0, top.exit());
        for (String cmd : List.of("extract", "load", "serve", "eval", "dump")) assertTrue(top.stdout().contains("  " + cmd + " "), cmd);
    }

    @Test
    void exitStatusesFollowTheContract(@TempDir Path dir) {
        Jar.Run badFormat = Jar.run(dir, MINUTE, "extract", "-f", "docx", seed.toString());
        assertEquals(Main.USAGE, badFormat.exit());
        assertEquals(1, badFormat.stderr().strip().lines().count(), badFormat.stderr());

        Jar.Run missing = Jar.run(dir, MINUTE, "extract", dir.resolve("nowhere.txt").toString());
        assertEquals(Main.BAD_INPUT, missing.exit());
        assertTrue(missing.stderr().contains("nowhere.txt"), missing.stderr());

        Jar.Run unknownOption = Jar.run(dir, MINUTE, "load", "--no-such-option");
        assertEquals(Main.USAGE, unknownOption.exit());

        Jar.Run noStore = Jar.run(dir, MINUTE, "serve", "--db", dir.resolve("none").toString(), "--port", "0");
        assertEquals(Main.BAD_INPUT, noStore.exit());
        assertTrue(noStore.stderr().contains("none"), noStore.stderr());
    }
}
