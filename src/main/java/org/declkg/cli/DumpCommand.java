package org.declkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.declkg.publish.DumpWriter;
import org.declkg.store.DeclarationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dump --db DIR [-o OUT]}: write the dumps of a store without serving it. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Write the whole dataset as gzip dumps (TriG, N-Quads, Turtle, N-Triples, JSON-LD) and VoID.")
final class DumpCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Folder for the dumps (default: DIR/dumps).")
    Path output;

    @Option(names = "--public-url", defaultValue = "http://127.0.0.1:3030/", paramLabel = "URL",
            description = "Where the server is reached, for links in the dataset description (default ${DEFAULT-VALUE}).")
    String publicUrl;

    @Override
    public Integer call() throws Exception {
        try (DeclarationStore store = Stores.open(db)) {
            Path dir = output != null ? output : Stores.dumps(db);
            for (DumpWriter.DumpFile f : DumpWriter.write(store.dataset(), dir, publicUrl))
                System.out.printf("%-40s %-10s %12d bytes %10d triples%n", dir.resolve(f.name()), f.format(), f.bytes(), f.triples());
        }
        return Main.OK;
    }
}
