package org.declkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.declkg.rdf.Iris;
import org.declkg.serve.DeclkgServer;
import org.declkg.serve.HandOverWatcher;
import org.declkg.serve.ServerConfig;
import org.declkg.store.DeclarationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve --db DIR}: the store over HTTP, read-only, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the database over HTTP (SPARQL, resource pages, dumps) until stopped.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT, description = "Port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "A query's first result must come within SECONDS (default ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--timeout-total", defaultValue = "60", paramLabel = "SECONDS",
            description = "A query must finish within SECONDS (default ${DEFAULT-VALUE}).")
    int timeoutTotal;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_ROWS,
            description = "Most results a query gets; a query without a smaller LIMIT runs with LIMIT N (default ${DEFAULT-VALUE}; 0: no cap).")
    long maxRows;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Where the public reaches this server (https://example.org/declkg/), for the links of the "
                    + "dataset description; default: the address each request came to.")
    String publicUrl;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(db)) {
            System.err.println("declkg: " + db + ": no such database (run load first)");
            return Main.BAD_INPUT;
        }
        serve(db, config(), System.out);
        return Main.OK;
    }

    ServerConfig config() {
        return new ServerConfig(host, port, Duration.ofSeconds(timeout), Duration.ofSeconds(timeoutTotal), Iris.base(),
                Stores.dumps(db), maxRows, null).withPublicUrl(publicUrl);
    }

    /** Serves until the JVM is stopped; Ctrl-C closes the server, then the store. */
    static void serve(Path db, ServerConfig config, java.io.PrintStream out) throws java.io.IOException {
        DeclarationStore store = Stores.open(db);
        DeclkgServer server = DeclkgServer.start(store.dataset(), config);
        String url = "http://" + (config.host().contains(":") ? "[" + config.host() + "]" : config.host()) + ":" + server.port();
        // `load --db` on this folder hands its graphs over through DIR/incoming: applied here, never over HTTP.
        HandOverWatcher handOver = HandOverWatcher.start(db, store.dataset(), config.dumpsDir(), config.publicUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            handOver.close();
            store.close();
        }, "declkg-shutdown"));
        out.println("declkg is serving " + db + " (read-only); Ctrl-C stops it.");
        out.println("  Query page:      " + url + "/");
        out.println("  SPARQL endpoint: " + url + "/declkg/sparql");
        out.println("  Overview:        " + url + "/home");
        store.graphNames().stream().filter(g -> g.startsWith(Iris.base() + "declaration/")).findFirst()
                .ifPresent(d -> out.println("  Example resource: " + url + "/id/" + d.substring(Iris.base().length())));
        out.flush();
        server.join();
    }
}
