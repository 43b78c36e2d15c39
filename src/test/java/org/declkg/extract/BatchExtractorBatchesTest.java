package org.declkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.declkg.Fixtures;
import org.declkg.input.TextReader;
import org.declkg.validate.GraphValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outcomes come out of the pool in file order, a batch at a time, a bad file in its place among good ones. */
class BatchExtractorBatchesTest {
    @TempDir Path dir;

    @Test
    void batchesInFileOrderWithTheBadFileInItsPlace() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String text = i == 2 ? "" : Fixtures.TITLE + "2031年" + (i + 1) + "月" + (i + 1) + "日\n成员国谴责一切形式的恐怖主义。\n";
            files.add(Files.writeString(dir.resolve("text-" + i + ".txt"), text));
        }
        BatchExtractor loader = new BatchExtractor(Fixtures.extractor(), new TextReader(TextReader.DEFAULT_MAX_BYTES),
                new GraphValidator(Fixtures.kb()), false, false, 2);
        List<List<BatchExtractor.Outcome>> batches = new ArrayList<>();
        loader.extractInBatches(files, 2, batches::add);

        assertEquals(List.of(2, 2, 1), batches.stream().map(List::size).toList());
        List<BatchExtractor.Outcome> all = batches.stream().flatMap(List::stream).toList();
        assertEquals(files, all.stream().map(BatchExtractor.Outcome::file).toList());
        assertFalse(all.get(2).ok());
        assertEquals("is empty", all.get(2).problem());
        for (int i : new int[] {0, 1, 3, 4}) assertTrue(all.get(i).ok(), all.get(i).problem());
        for (int i : new int[] {0, 1, 3, 4}) assertTrue(all.get(i).extraction().actCount() > 0);
    }

    @Test
    void aFailingSinkStopsTheRun() {
        BatchExtractor loader = new BatchExtractor(Fixtures.extractor(), new TextReader(TextReader.DEFAULT_MAX_BYTES),
                new GraphValidator(Fixtures.kb()), false, false, 2);
        List<Path> files = List.of(dir.resolve("missing-1.txt"), dir.resolve("missing-2.txt"), dir.resolve("missing-3.txt"));
        int[] calls = {0};
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> loader.extractInBatches(files, 1, batch -> {
                    calls[0]++;
                    throw new IllegalStateException("disk full");
                }));
        assertEquals("disk full", e.getMessage());
        assertEquals(1, calls[0]);
    }
}
