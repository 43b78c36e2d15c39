package org.declkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.pipeline.Extractor;
import org.declkg.publish.DumpWriter;
import org.declkg.rdf.WorldGraph;
import org.declkg.store.DeclarationStore;
import org.declkg.store.Loader;
import org.declkg.validate.GraphValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code load --db DIR FILE...}: each declaration's graph replaces the one it had, file by file; a bad
 * file is reported and changes nothing. The dumps are written again afterwards.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract and load into a TDB2 database; one named graph per declaration, replaced on reload.")
final class LoadCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(LoadCommand.class);

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder (created if missing).")
    Path db;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Declaration texts.")
    List<Path> files;

    @Option(names = "--strict", description = "Refuse a graph that does not conform to ontology/shapes.ttl.")
    boolean strict;

    @Option(names = "--threads", defaultValue = "0", description = "Extraction threads (default: all cores).")
    int threads;

    @Option(names = "--public-url", defaultValue = "http://127.0.0.1:3030/", paramLabel = "URL",
            description = "Where the server will be reached, for the links in the dataset description (default ${DEFAULT-VALUE}).")
    String publicUrl;

    @Option(names = "--no-dumps", description = "Do not write the dumps after loading.")
    boolean noDumps;

    @Mixin KnowledgeOptions knowledge;
    @Mixin InputOptions input;

    @Override
    public Integer call() throws Exception {
        KnowledgeBase kb = knowledge.knowledge();
        Loader loader = new Loader(Extractor.create(kb), input.reader(), new GraphValidator(kb), input.allowEmpty,
                strict, Formats.threads(threads));
        List<Loader.Outcome> outcomes = loader.extractAll(files);
        try (DeclarationStore store = Stores.open(db)) {
            long before = store.size();
            int loaded = 0, failed = 0;
            for (Loader.Outcome o : outcomes) {
                o.notes().forEach(n -> System.err.println("declkg: " + o.file() + ": " + n));
                if (!o.ok()) {
                    System.err.println("declkg: " + o.file() + ": " + o.problem());
                    failed++;
                    continue;
                }
                store.replace(List.of(o.extraction()));
                loaded++;
                LOG.info("{}: {} statements, {} triples; shapes: {}", o.file(), o.extraction().actCount(),
                        o.extraction().graph().size(), o.validation());
            }
            if (loaded > 0) store.replaceShared(kb.ontology(), WorldGraph.build(kb));
            if (!noDumps && loaded > 0) DumpWriter.write(store.dataset(), Stores.dumps(db), publicUrl);
            System.err.printf("declkg: loaded %d declaration%s, %d failed; store %d → %d quads%n", loaded,
                    loaded == 1 ? "" : "s", failed, before, store.size());
            return failed == 0 ? Main.OK : Main.BAD_INPUT;
        }
    }
}
