package org.declkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.declkg.Fixtures;
import org.declkg.Snapshots;
import org.declkg.extract.Extraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-over folder: what load writes, what the server applies, and what it refuses. */
class HandOverTest {
    private static Extraction seed;

    @TempDir Path dir;

    @BeforeAll
    static void extract() {
        seed = Fixtures.extractor().extract(Fixtures.SEED.getFileName().toString(), Fixtures.seed());
    }

    private static Model graph(String subject, String label) {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource(subject), RDFS.label, label, "zh");
        return m;
    }

    @Test
    void anOfferedFileIsAppliedInOneGoReplacingEachGraphAndThenRemoved() throws Exception {
        try (DeclarationStore store = DeclarationStore.open(dir.resolve("db"))) {
            store.replace(List.of(seed));
            HandOver h = HandOver.of(dir.resolve("db"));
            Map<String, Model> graphs = new LinkedHashMap<>();
            graphs.put(seed.declarationIri(), graph("https://example.org/a", "新版本"));
            graphs.put("https://example.org/graph/other", graph("https://example.org/b", "另一个"));
            Path file = h.offer(graphs);
            assertEquals(List.of(file), h.pending());

            assertTrue(h.apply(store.dataset(), file));
            assertFalse(Files.exists(file));
            assertTrue(graphs.get(seed.declarationIri()).isIsomorphicWith(Snapshots.graph(store.dataset(), seed.declarationIri())),
                    "the old graph is replaced, not added to");
            assertTrue(graphs.get("https://example.org/graph/other").isIsomorphicWith(
                    Snapshots.graph(store.dataset(), "https://example.org/graph/other")));
            assertEquals(2, store.size());
        }
    }

    @Test
    void applyingTheSameFileTwiceGivesTheSameStore() throws Exception {
        try (DeclarationStore store = DeclarationStore.open(dir.resolve("db"))) {
            HandOver h = HandOver.of(dir.resolve("db"));
            Path file = h.offer(Map.of(seed.declarationIri(), seed.graph()));
            Path copy = Files.copy(file, dir.resolve("copy.trig"));
            h.apply(store.dataset(), file);
            long once = store.size();
            Files.copy(copy, file); // as if the server died after committing, before deleting the file
            h.apply(store.dataset(), file);
            assertEquals(once, store.size());
            assertTrue(seed.graph().isIsomorphicWith(Snapshots.graph(store.dataset(), seed.declarationIri())));
        }
    }

    @Test
    void aFileThatDoesNotParseIsRefusedWithItsReasonAndChangesNothing() throws Exception {
        try (DeclarationStore store = DeclarationStore.open(dir.resolve("db"))) {
            store.replace(List.of(seed));
            long before = store.size();
            HandOver h = HandOver.of(dir.resolve("db"));
            Files.createDirectories(h.dir());
            Path broken = Files.writeString(h.dir().resolve("0000000000001-1-000001.trig"),
                    "<https://example.org/g> { <https://example.org/a> <https://example.org/b> ");
            Path defaultGraph = Files.writeString(h.dir().resolve("0000000000002-1-000001.trig"),
                    "<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n");
            assertEquals(0, h.applyPending(store.dataset()));
            assertEquals(before, store.size());
            assertEquals(List.of(), h.pending());
            assertTrue(Files.readString(HandOver.errorFile(broken)).startsWith("does not parse as TriG: "));
            assertEquals("has triples outside a named graph\n", Files.readString(HandOver.errorFile(defaultGraph)));
        }
    }

    @Test
    void pendingFilesComeInNameOrderAndHalfWrittenOnesAreNotSeen() throws Exception {
        HandOver h = HandOver.of(dir);
        Path first = h.offer(Map.of("https://example.org/g1", graph("https://example.org/a", "一")));
        Path second = h.offer(Map.of("https://example.org/g2", graph("https://example.org/b", "二")));
        Files.writeString(h.dir().resolve(".0000000000003-1-000001.trig123.part"), "half");
        assertEquals(List.of(first, second), h.pending());
    }

    @Test
    void theReceiptsSayAppliedRefusedOrPending() throws Exception {
        HandOver h = HandOver.of(dir);
        Path applied = h.offer(Map.of("https://example.org/g1", graph("https://example.org/a", "一")));
        Path refused = h.offer(Map.of("https://example.org/g2", graph("https://example.org/b", "二")));
        Path waiting = h.offer(Map.of("https://example.org/g3", graph("https://example.org/c", "三")));
        Files.delete(applied);
        Files.writeString(HandOver.errorFile(refused), "has triples outside a named graph\n");
        Files.delete(refused);
        List<HandOver.Receipt> receipts = h.await(List.of(applied, refused, waiting), Duration.ofMillis(300));
        assertEquals(List.of(HandOver.Status.APPLIED, HandOver.Status.REFUSED, HandOver.Status.PENDING),
                receipts.stream().map(HandOver.Receipt::status).toList());
        assertEquals("has triples outside a named graph", receipts.get(1).reason());
        assertFalse(Files.exists(HandOver.errorFile(refused)), "the reason is taken");
    }

    /** A server is one that announced itself, is alive, and holds TDB2's lock; this process never counts. */
    @Test
    void aServerIsALiveAnnouncedProcessThatHoldsTheLock() throws Exception {
        HandOver h = HandOver.of(dir);
        assertEquals(OptionalLong.empty(), h.server());
        h.announce();
        Files.writeString(dir.resolve("tdb.lock"), ProcessHandle.current().pid() + "\n");
        assertEquals(OptionalLong.empty(), h.server(), "this process is not another server");

        Process sleeper = new ProcessBuilder("sleep", "60").start(); // any other live process

        try {
            Files.writeString(h.dir().resolve(HandOver.SERVER_FILE), sleeper.pid() + "\n");
            assertEquals(OptionalLong.empty(), h.server(), "announced, but the lock is held by another process");
            Files.writeString(dir.resolve("tdb.lock"), sleeper.pid() + "\n");
            assertEquals(OptionalLong.of(sleeper.pid()), h.server());
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
        assertEquals(OptionalLong.empty(), h.server(), "a dead server is no server");
    }

    @Test
    void withdrawingLeavesAnotherProcesssAnnouncement() throws Exception {
        HandOver h = HandOver.of(dir);
        h.announce();
        h.withdraw();
        assertFalse(Files.exists(h.dir().resolve(HandOver.SERVER_FILE)));
        Files.writeString(h.dir().resolve(HandOver.SERVER_FILE), "1\n");
        h.withdraw();
        assertTrue(Files.exists(h.dir().resolve(HandOver.SERVER_FILE)));
    }
}
