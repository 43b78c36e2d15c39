package org.declkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.declkg.store.DeclarationStore;

/** Opening a store with an error a person can act on. */
final class Stores {
    private Stores() {}

    static DeclarationStore open(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) throw new IllegalStateException(dir + ": is not a directory");
            Files.createDirectories(dir);
            return DeclarationStore.open(dir);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            String m = Main.oneLine(e);
            if (m.contains("lock")) {
                java.util.regex.Matcher pid = java.util.regex.Pattern.compile("held by process (\\d+)").matcher(m);
                m = "the store is in use by " + (pid.find() ? "process " + pid.group(1) : "another process")
                        + " (a load, dump or serve); try again when it has finished";
            }
            throw new IllegalStateException(dir + ": " + m, e);
        }
    }

    /** Where the dumps of a store live: inside its folder, beside TDB2's own. */
    static Path dumps(Path db) { return db.resolve("dumps"); }
}
