package org.declkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.extract.Extraction;
import org.declkg.rdf.Iris;
import org.declkg.graph.WorldGraph;
import org.declkg.store.HandOver;
import org.declkg.extract.BatchExtractor;

/**
 * {@code load --db DIR} while a {@code serve} holds DIR: the same checks as a local load, then each
 * batch of graphs is handed to the server through {@code DIR/incoming} (see {@link HandOver}), and
 * the load waits, up to a limit, until the server has applied them.
 */
final class HandOverLoad {
    private final HandOver handOver;
    private final long server;
    private final Duration wait;

    HandOverLoad(HandOver handOver, long server, Duration wait) {
        this.handOver = handOver;
        this.server = server;
        this.wait = wait;
    }

    private boolean serverAlive() {
        return ProcessHandle.of(server).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Hands the graphs of {@code files} over, the shared graphs named under {@code iris}; the exit status. */
    int run(KnowledgeBase kb, Iris iris, BatchExtractor loader, List<Path> files, int batch) throws Exception {
        int[] tally = new int[2]; // accepted, failed
        Map<Path, Integer> offered = new LinkedHashMap<>(); // hand-over file → declarations in it
        Progress progress = Progress.onStderr(files.size());
        loader.extractInBatches(files, batch, outcomes -> {
            List<Extraction> good = LoadCommand.accepted(outcomes, tally);
            if (!good.isEmpty()) {
                Map<String, Model> graphs = new LinkedHashMap<>();
                for (Extraction e : good) graphs.put(e.declarationIri(), e.graph());
                offered.put(handOver.offer(graphs), good.size());
            }
            progress.advance(outcomes.size());
        });
        progress.finish();
        if (tally[0] > 0) {
            Map<String, Model> shared = new LinkedHashMap<>();
            shared.put(iris.ontologyGraph(), kb.ontology());
            shared.put(iris.worldGraph(), WorldGraph.build(kb, iris));
            offered.put(handOver.offer(shared), 0);
        }
        int loaded = 0, refused = 0, pending = 0;
        for (HandOver.Receipt r : handOver.await(offered.keySet(), wait, this::serverAlive)) {
            int n = offered.get(r.file());
            switch (r.status()) {
                case APPLIED -> loaded += n;
                case REFUSED -> {
                    refused += n;
                    Stderr.line("declkg: " + r.file() + ": the server did not apply it: " + r.reason());
                }
                case PENDING -> pending++;
            }
        }
        if (pending > 0 && !serverAlive()) {
            Stderr.printf("declkg: %s: the server (process %d) stopped before applying %d hand-over file%s; "
                    + "they stay there and are applied by the next load or serve on this store%n", handOver.dir(), server,
                    pending, pending == 1 ? "" : "s");
            return Main.FAILURE;
        }
        if (pending > 0) {
            Stderr.printf("declkg: %s: the server (process %d) has not applied %d hand-over file%s within %d s; "
                    + "they stay there and are applied when it gets to them%n", handOver.dir(), server, pending,
                    pending == 1 ? "" : "s", wait.toSeconds());
            return Main.FAILURE;
        }
        if (files.size() > 1 || loaded > 0) // a single refused file has said all in its one line
            Stderr.printf("declkg: loaded %d declaration%s, %d failed; applied by the server running on this store (process %d)%n",
                    loaded, loaded == 1 ? "" : "s", tally[1] + refused, server);
        if (refused > 0) return Main.FAILURE;
        return tally[1] == 0 ? Main.OK : Main.BAD_INPUT;
    }
}
