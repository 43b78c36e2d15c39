package org.declkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.declkg.publish.DumpWriter;
import org.declkg.rdf.Iris;
import org.declkg.store.DeclarationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dump --db DIR [-o OUT]}: write the dumps of a store without serving it. A file that cannot
 * be written is one line on stderr and exit status 3; the other files are written all the same.
 */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Write the whole dataset as gzip dumps (TriG, N-Quads, JSON-LD, Turtle, N-Triples) and VoID.")
final class DumpCommand implements Callable<Integer> {
    @Mixin DbOption store;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Folder for the dumps (default: DIR/dumps).")
    Path output;

    @Mixin PublicUrlOption publicUrl;

    @ParentCommand Main main;

    @Override
    public Integer call() throws Exception {
        Path db = store.required();
        try (DeclarationStore opened = Stores.open(db)) {
            Path dir = output != null ? output : Stores.dumps(db);
            try {
                print(dir, DumpWriter.write(opened.dataset(), main.iris(), dir, publicUrl.url()));
            } catch (DumpWriter.IncompleteException e) {
                print(dir, e.written());
                for (DumpWriter.Failure f : e.failed()) Stderr.line("declkg: " + notWritten(dir, f));
                return Main.FAILURE;
            }
        }
        return Main.OK;
    }

    private static void print(Path dir, List<DumpWriter.DumpFile> files) {
        for (DumpWriter.DumpFile f : files)
            System.out.printf("%-40s %-10s %12d bytes %10d triples%n", dir.resolve(f.name()), f.format(), f.bytes(), f.triples());
    }

    private static String notWritten(Path dir, DumpWriter.Failure f) {
        return dir.resolve(f.name()) + ": not written: " + f.reason();
    }

    /**
     * The dumps at the end of a {@code load}: the declarations are stored by then, so a dump that
     * cannot be written is a warning line on stderr, not a failed load.
     */
    static void afterLoad(DeclarationStore store, Iris iris, Path db, String publicUrl) {
        Path dir = Stores.dumps(db);
        String advice = "; the loaded declarations are stored, and `dump --db " + db + "` writes the dumps again";
        try {
            DumpWriter.write(store.dataset(), iris, dir, publicUrl);
        } catch (DumpWriter.IncompleteException e) {
            for (DumpWriter.Failure f : e.failed()) Stderr.line("declkg: warning: " + notWritten(dir, f) + advice);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            Stderr.line("declkg: warning: " + dir + ": dumps not written: " + Main.oneLine(e) + advice);
        }
    }
}
