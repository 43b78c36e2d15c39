package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.IsoMatcher;
import org.declkg.Fixtures;
import org.declkg.Snapshots;
import org.declkg.store.DeclarationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load --strict} through the command line: a graph the shapes refuse leaves the store as it was. */
class LoadStrictTest {
    @TempDir Path dir;

    @Test
    void aRefusedGraphChangesNothing() throws IOException {
        Path db = dir.resolve("tdb2");
        Path seed = Files.writeString(dir.resolve("seed.zh.txt"), Fixtures.seed());
        assertEquals(Main.OK, Main.run("load", "--db", db.toString(), seed.toString()));
        Dataset before;
        try (DeclarationStore store = DeclarationStore.open(db)) {
            before = Snapshots.of(store.dataset());
        }

        // A later version of the same declaration (one document renamed), and shapes that it breaks:
        // every declaration must now name no adopting body, which this one does.
        String v2 = Fixtures.seed().replace("上合组织禁毒中心的协定", "上合组织禁毒中心的新协定");
        assertFalse(v2.equals(Fixtures.seed()));
        Path changed = Files.writeString(dir.resolve("seed-v2.zh.txt"), v2);
        Path ontology = copyOf(Path.of("ontology"), dir.resolve("ontology"));
        Files.writeString(ontology.resolve("shapes.ttl"), """

                dks:NoBodyShape a sh:NodeShape ; sh:targetClass dk:Declaration ;
                    sh:property [ sh:path dk:adoptedBy ; sh:maxCount 0 ] .
                """, StandardOpenOption.APPEND);
        int status = Main.run("load", "--strict", "--ontology", ontology.toString(), "--db", db.toString(), changed.toString());

        assertEquals(Main.BAD_INPUT, status);
        try (DeclarationStore store = DeclarationStore.open(db)) {
            assertTrue(IsoMatcher.isomorphic(before.asDatasetGraph(),
                    Snapshots.of(store.dataset()).asDatasetGraph()));
        }
        // Without --strict the same file is loaded (and reported), replacing the graph.
        assertEquals(Main.OK, Main.run("load", "--ontology", ontology.toString(), "--db", db.toString(), changed.toString()));
        try (DeclarationStore store = DeclarationStore.open(db)) {
            assertFalse(IsoMatcher.isomorphic(before.asDatasetGraph(),
                    Snapshots.of(store.dataset()).asDatasetGraph()));
        }
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
        return to;
    }
}
