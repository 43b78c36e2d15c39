package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.IsoMatcher;
import org.declkg.Fixtures;
import org.declkg.Snapshots;
import org.declkg.store.DeclarationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load --batch N}: many declarations per write transaction store exactly what one per transaction does. */
class LoadBatchesTest {
    @TempDir Path dir;

    @Test
    void batchesOfTwoStoreWhatBatchesOfOneStore() throws Exception {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String title = Fixtures.TITLE.replace("宣言", "第" + (i + 1) + "号宣言"); // a declaration of its own
            String text = i == 2 ? "   \n" : title + "成员国支持" + (i + 1) + "号倡议。\n成员国谴责恐怖主义。\n";
            args.add(Files.writeString(dir.resolve("text-" + i + ".txt"), text).toString());
        }
        Dataset one = load("one", "1", args), two = load("two", "2", args);
        assertTrue(IsoMatcher.isomorphic(Snapshots.withoutRunTimes(one).asDatasetGraph(), Snapshots.withoutRunTimes(two).asDatasetGraph()),
                "same quads whatever the batch (but for the times of the extractions)");
        assertEquals(2 + 4, graphs(one), "4 declarations and the 2 shared graphs; nothing for the blank file");
    }

    private Dataset load(String name, String batch, List<String> files) {
        Path db = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("load", "--db", db.toString(), "--no-dumps", "--batch", batch));
        args.addAll(files);
        assertEquals(Main.BAD_INPUT, Main.run(args.toArray(String[]::new)), "the blank file fails, the others load");
        try (DeclarationStore store = DeclarationStore.open(db)) {
            return Snapshots.of(store.dataset());
        }
    }

    private static long graphs(Dataset d) {
        List<String> names = new ArrayList<>();
        d.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        return names.size();
    }
}
