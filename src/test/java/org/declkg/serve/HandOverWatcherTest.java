package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.declkg.Fixtures;
import org.declkg.ServedStore;
import org.declkg.Snapshots;
import org.declkg.extract.Extraction;
import org.declkg.publish.DumpWriter;
import org.declkg.rdf.Iris;
import org.declkg.store.HandOver;
import org.junit.jupiter.api.Test;

/** The server's side of the hand-over: files left in DIR/incoming are applied while it serves. */
class HandOverWatcherTest {
    @Test
    void aHandedOverGraphIsServedAndDumpedAndABrokenOneIsRefused() throws Exception {
        try (ServedStore served = ServedStore.seed()) {
            Path db = served.dir().resolve("tdb2");
            Path dumps = db.resolve("dumps");
            Extraction other = Fixtures.extractor().extract("other.txt", Fixtures.seed().replaceFirst("2025年9月1日", "2023年7月4日"));
            try (HandOverWatcher watcher = HandOverWatcher.start(db, served.store().dataset(), Iris.DEFAULT, dumps, served.url("/"))) {
                HandOver h = HandOver.of(db);
                Path file = h.offer(Map.of(other.declarationIri(), other.graph()));
                List<HandOver.Receipt> receipts = h.await(List.of(file), Duration.ofSeconds(60));
                assertEquals(HandOver.Status.APPLIED, receipts.get(0).status());
                assertTrue(other.graph().isIsomorphicWith(Snapshots.graph(served.store().dataset(), other.declarationIri())));

                HttpResponse<String> r = served.query("ASK { GRAPH <" + other.declarationIri() + "> { ?s ?p ?o } }", "text/csv");
                assertEquals(200, r.statusCode());
                assertTrue(r.body().contains("true"), r.body());

                long deadline = System.nanoTime() + 60_000_000_000L;
                String key = other.declarationIri().substring(other.declarationIri().lastIndexOf('/') + 1);
                while (DumpWriter.index(dumps).stream().noneMatch(d -> d.name().contains(key))) {
                    if (System.nanoTime() > deadline) fail("the dumps were not written again");
                    Thread.sleep(100);
                }

                long before = served.store().size();
                Path broken = Files.writeString(h.dir().resolve("9999999999999-1-000001.trig"), "<https://example.org/g> {");
                HandOver.Receipt refused = h.await(List.of(broken), Duration.ofSeconds(60)).get(0);
                assertEquals(HandOver.Status.REFUSED, refused.status());
                assertTrue(refused.reason().startsWith("does not parse as TriG"), refused.reason());
                assertEquals(before, served.store().size());
                assertEquals(200, served.get("/declkg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8), "text/csv").statusCode());
            }
            assertFalse(Files.exists(db.resolve("incoming").resolve("server.pid")), "closing withdraws the announcement");
        }
    }
}
