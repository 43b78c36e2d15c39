package org.declkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.declkg.Jar;
import org.declkg.Fixtures;
import org.declkg.TdbFolder;
import org.declkg.extract.Extraction;
import org.declkg.rdf.DK;
import org.declkg.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load of forty declarations killed with SIGKILL part-way: the store opens, each declaration's
 * graph is either all there (the same graph, act for act, as a clean extraction) or not there at all,
 * and the next load works.
 */
class CrashSafetyIT {
    private static final int FILES = 40;
    private static final Pattern REPORTED = Pattern.compile("variant-(\\d+)\\.txt: \\d+ statements");

    @TempDir Path dir;

    /** The seed with its meeting moved to 1 September of year 2000 + i: a declaration of its own. */
    private static String variant(int i) {
        String seed = Fixtures.seed();
        String date = "2025年9月1日";
        assertTrue(seed.contains(date), "the seed names its date");
        return seed.replaceFirst(date, (2000 + i) + "年9月1日");
    }

    @Test
    void aLoadKilledPartWayLeavesEachGraphCompleteOrAbsentAndTheNextLoadWorks() throws Exception {
        List<String> args = new ArrayList<>(List.of("load", "--db", dir.resolve("db").toString(), "--batch", "1", "--threads", "2"));
        for (int i = 0; i < FILES; i++)
            args.add(Files.writeString(dir.resolve(String.format("variant-%02d.txt", i)), variant(i)).toString());
        Path err = dir.resolve("load.err");
        Process load = Jar.builder(List.of(), args.toArray(String[]::new))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();

        // With one declaration per transaction, the third file is reported only after the first two were committed.
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (reported(err).size() < 3) {
            if (!load.isAlive()) fail("the load ended before it could be killed:\n" + Files.readString(err));
            if (System.nanoTime() > deadline) fail("no progress in 5 minutes:\n" + Files.readString(err));
            Thread.sleep(20);
        }
        load.destroyForcibly(); // SIGKILL: no shutdown hook, no close
        load.waitFor();
        assertEquals(128 + 9, load.exitValue(), "killed by SIGKILL");

        Map<Integer, Model> stored = declarationGraphs(dir.resolve("db"));
        System.out.println("killed after reports of " + reported(err) + "; graphs in the store: " + stored.keySet());
        assertTrue(stored.size() >= 2, "the first graphs were committed: " + stored.keySet());
        assertTrue(stored.size() < FILES, "the load was stopped part-way: " + stored.keySet());
        for (Map.Entry<Integer, Model> e : stored.entrySet()) assertComplete(e.getKey(), e.getValue());

        int last = FILES - 1, first = stored.keySet().iterator().next();
        Jar.Run again = Jar.run("load", "--db", dir.resolve("db").toString(),
                dir.resolve(String.format("variant-%02d.txt", first)).toString(),
                dir.resolve(String.format("variant-%02d.txt", last)).toString());
        assertEquals(0, again.exit(), again.stderr());
        Map<Integer, Model> after = declarationGraphs(dir.resolve("db"));
        Set<Integer> expected = new TreeSet<>(stored.keySet());
        expected.add(last);
        assertEquals(expected, after.keySet());
        assertComplete(first, after.get(first));
        assertComplete(last, after.get(last));
    }

    private static void assertComplete(int i, Model stored) {
        Extraction clean = Fixtures.extractor().extract(String.format("variant-%02d.txt", i), variant(i));
        assertEquals(clean.actCount(), new Extraction(clean.declarationIri(), stored).actCount(), "acts of variant " + i);
        assertTrue(Snapshots.withoutRunTimes(clean.graph()).isIsomorphicWith(Snapshots.withoutRunTimes(stored)),
                "graph of variant " + i + " is the clean load's");
    }

    /** The variants the load has reported so far, by number. */
    private static Set<Integer> reported(Path err) throws IOException {
        Set<Integer> out = new TreeSet<>();
        if (!Files.exists(err)) return out;
        Matcher m = REPORTED.matcher(Files.readString(err, StandardCharsets.UTF_8));
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }

    /** Each stored declaration graph (named by its declaration's IRI), by variant number: its year less 2000. */
    private static Map<Integer, Model> declarationGraphs(Path db) {
        return TdbFolder.read(db, ds -> {
            Map<Integer, Model> out = new TreeMap<>();
            for (var names = ds.listModelNames(); names.hasNext(); ) {
                String name = names.next().getURI();
                Model g = ds.getNamedModel(name);
                Resource declaration = g.getResource(name);
                if (!g.contains(declaration, RDF.type, DK.Declaration)) continue; // the ontology and world graphs
                String date = g.getRequiredProperty(declaration, DCTerms.date).getString();
                out.put(Integer.parseInt(date.substring(0, 4)) - 2000, ModelFactory.createDefaultModel().add(g));
            }
            return out;
        });
    }
}
