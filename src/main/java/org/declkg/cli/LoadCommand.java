package org.declkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.extract.Extraction;
import org.declkg.extract.Extractor;
import org.declkg.push.GraphStorePusher;
import org.declkg.rdf.Iris;
import org.declkg.graph.WorldGraph;
import org.declkg.store.DeclarationStore;
import org.declkg.store.HandOver;
import org.declkg.extract.BatchExtractor;
import org.declkg.validate.GraphValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code load --db DIR FILE...}: each declaration's graph replaces the one it had, file by file; a bad
 * file is reported and changes nothing. The dumps are written again afterwards. With {@code --to URL}
 * the graphs go to a Graph Store Protocol endpoint instead, one PUT each.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract and load into a TDB2 database; one named graph per declaration, replaced on reload.")
final class LoadCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(LoadCommand.class);

    @Mixin DbOption store;

    @Option(names = "--to", paramLabel = "URL",
            description = "Instead of --db: push each declaration's graph to this SPARQL 1.1 Graph Store Protocol endpoint "
                    + "(HTTP PUT ?graph=IRI, which replaces the graph).")
    String to;

    @Option(names = "--user", paramLabel = "USER",
            description = "User for --to (HTTP Basic or Digest); the password is read from the environment variable named by --password-env.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", defaultValue = "DECLKG_PASSWORD",
            description = "Environment variable holding the password for --user (default ${DEFAULT-VALUE}).")
    String passwordEnv;

    @Mixin BatchOption batch;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Declaration texts.")
    List<Path> files;

    @Option(names = "--strict", description = "Refuse a graph that does not conform to ontology/shapes.ttl.")
    boolean strict;

    @Mixin ThreadsOption threads;
    @Mixin PublicUrlOption publicUrl;

    @Option(names = "--no-dumps", description = "Do not write the dumps after loading.")
    boolean noDumps;

    @Spec CommandSpec command;

    private int wait = 120;

    @Option(names = "--wait", paramLabel = "SECONDS",
            description = "When a running serve holds DIR: how long to wait for it to apply the handed-over graphs (default 120).")
    void waitSeconds(int seconds) { wait = Options.atLeast(command, "--wait", seconds, 0); }

    @Mixin KnowledgeOptions knowledge;
    @Mixin InputOptions input;

    @ParentCommand Main main;

    @Override
    public Integer call() throws Exception {
        Path db = store.db;
        if ((db == null) == (to == null)) {
            Stderr.line("declkg: load needs either --db DIR (a local store) or --to URL (a Graph Store Protocol endpoint)");
            return Main.USAGE;
        }
        KnowledgeBase kb = knowledge.knowledge();
        Iris iris = main.iris();
        BatchExtractor loader = new BatchExtractor(Extractor.create(kb, iris), input.reader(), new GraphValidator(kb),
                input.allowEmpty, strict, threads.threads());
        if (to != null) return push(kb, iris, loader);
        HandOver handOver = HandOver.of(db);
        OptionalLong server = handOver.server(); // a running `serve` holds the store: hand the graphs over to it
        if (server.isPresent())
            return new HandOverLoad(handOver, server.getAsLong(), Duration.ofSeconds(wait))
                    .run(kb, iris, loader, files, batch.batch());
        try (DeclarationStore store = Stores.open(db)) {
            int leftOver = handOver.applyPending(store.dataset()); // older than this load, so applied first
            if (leftOver > 0) Stderr.line("declkg: " + handOver.dir() + ": applied " + leftOver + " earlier hand-over file(s)");
            long before = store.size();
            int[] tally = new int[2]; // loaded, failed
            Progress progress = Progress.onStderr(files.size());
            // Graphs stream through in batches, so memory stays bounded however many files there are.
            loader.extractInBatches(files, batch.batch(), outcomes -> {
                List<Extraction> good = accepted(outcomes, tally);
                if (!good.isEmpty()) store.replace(good); // one write transaction per batch
                progress.advance(outcomes.size());
            });
            progress.finish();
            int loaded = tally[0], failed = tally[1];
            if (loaded > 0) store.replaceShared(iris, kb.ontology(), WorldGraph.build(kb, iris));
            // a failed dump warns, the load stands
            if (!noDumps && loaded > 0) DumpCommand.afterLoad(store, iris, db, publicUrl.url());
            if (files.size() > 1 || loaded > 0) // a single refused file has said all in its one line
                Stderr.printf("declkg: loaded %d declaration%s, %d failed; store %d → %d quads%n", loaded,
                        loaded == 1 ? "" : "s", failed, before, store.size());
            return failed == 0 ? Main.OK : Main.BAD_INPUT;
        }
    }

    /** Reports each file (one line for a refused one) and returns the extractions to store; counts both. */
    static List<Extraction> accepted(List<BatchExtractor.Outcome> outcomes, int[] tally) {
        List<Extraction> good = new ArrayList<>();
        for (BatchExtractor.Outcome o : outcomes) {
            o.notes().forEach(n -> Stderr.line("declkg: " + o.file() + ": " + n));
            if (!o.ok()) {
                Stderr.line("declkg: " + o.file() + ": " + o.problem());
                tally[1]++;
                continue;
            }
            good.add(o.extraction());
            tally[0]++;
            LOG.info("{}: {} statements, {} triples; {}; shapes: {}", o.file(), o.extraction().actCount(),
                    o.extraction().graph().size(), o.extraction().coverage().describe(), o.validation());
        }
        return good;
    }

    /** {@code --to URL}: the same checks as a local load, then one PUT per graph; a refused file pushes nothing. */
    private int push(KnowledgeBase kb, Iris iris, BatchExtractor loader) throws Exception {
        String password = null;
        if (user != null) {
            password = System.getenv(passwordEnv);
            if (password == null) {
                Stderr.line("declkg: --user " + user + " needs the password in the environment variable " + passwordEnv);
                return Main.USAGE;
            }
        }
        GraphStorePusher pusher;
        try {
            pusher = new GraphStorePusher(to, user, password);
        } catch (IllegalArgumentException e) {
            Stderr.line("declkg: " + e.getMessage());
            return Main.USAGE;
        }
        int[] tally = new int[2]; // pushed, failed
        Progress progress = Progress.onStderr(files.size());
        try {
            pusher.check(iris.ontologyGraph());
            loader.extractInBatches(files, batch.batch(), outcomes -> {
                int before = tally[0];
                for (Extraction e : accepted(outcomes, tally)) {
                    try {
                        pusher.put(e.declarationIri(), e.graph());
                    } catch (IllegalStateException refused) {
                        Stderr.line("declkg: " + e.declarationIri() + ": " + refused.getMessage());
                        tally[0]--;
                        tally[1]++;
                    }
                }
                progress.advance(outcomes.size());
            });
            if (tally[0] > 0) {
                pusher.put(iris.ontologyGraph(), kb.ontology());
                pusher.put(iris.worldGraph(), WorldGraph.build(kb, iris));
            }
        } catch (GraphStorePusher.EndpointFailure e) {
            progress.finish();
            Stderr.line("declkg: " + e.getMessage());
            return Main.FAILURE;
        }
        progress.finish();
        Stderr.printf("declkg: pushed %d declaration%s to %s, %d failed%n", tally[0], tally[0] == 1 ? "" : "s",
                to, tally[1]);
        return tally[1] == 0 ? Main.OK : Main.BAD_INPUT;
    }
}
