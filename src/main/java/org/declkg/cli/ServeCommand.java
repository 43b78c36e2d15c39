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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code serve --db DIR}: the store over HTTP, read-only, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the database over HTTP (SPARQL, resource pages, dumps) until stopped.")
final class ServeCommand implements Callable<Integer> {
    @Mixin DbOption store;

    @Spec CommandSpec command;

    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--port", paramLabel = "PORT", description = "Port, 0 for any free one (default " + ServerConfig.DEFAULT_PORT + ").")
    void port(int p) {
        if (p < 0 || p > 65535) throw new ParameterException(command.commandLine(), "--port must be between 0 and 65535, not " + p);
        port = p;
    }

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    int timeout = 10;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "A query's first result must come within SECONDS (default 10).")
    void timeout(int s) { timeout = Options.atLeast(command, "--timeout", s, 1); }

    int timeoutTotal = 60;

    @Option(names = "--timeout-total", paramLabel = "SECONDS", description = "A query must finish within SECONDS (default 60).")
    void timeoutTotal(int s) { timeoutTotal = Options.atLeast(command, "--timeout-total", s, 1); }

    long maxRows = ServerConfig.DEFAULT_MAX_ROWS;

    @Option(names = "--max-rows", paramLabel = "N",
            description = "Most results a query gets; a query without a smaller LIMIT runs with LIMIT N (default "
                    + ServerConfig.DEFAULT_MAX_ROWS + "; 0: no cap).")
    void maxRows(long n) { maxRows = Options.atLeast(command, "--max-rows", n, 0); }

    @Mixin PublicUrlOption publicUrl;

    @ParentCommand Main main;

    @Override
    public Integer call() throws Exception {
        Path db = store.required();
        if (!Files.isDirectory(db)) {
            Stderr.line("declkg: " + db + ": no such database (run load first)");
            return Main.BAD_INPUT;
        }
        serve(db, config(), System.out);
        return Main.OK;
    }

    ServerConfig config() {
        return new ServerConfig(host, port, Duration.ofSeconds(timeout), Duration.ofSeconds(timeoutTotal), main.iris(),
                Stores.dumps(store.required()), maxRows, null).withPublicUrl(publicUrl.url());
    }

    /** Serves until the JVM is stopped; Ctrl-C closes the server, then the store. */
    static void serve(Path db, ServerConfig config, java.io.PrintStream out) throws java.io.IOException {
        DeclarationStore store = Stores.open(db);
        DeclkgServer server = DeclkgServer.start(store.dataset(), config);
        String url = "http://" + (config.host().contains(":") ? "[" + config.host() + "]" : config.host()) + ":" + server.port();
        // `load --db` on this folder hands its graphs over through DIR/incoming: applied here, never over HTTP.
        HandOverWatcher handOver = HandOverWatcher.start(db, store.dataset(), config.iris(), config.dumpsDir(),
                config.publicUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            handOver.close();
            store.close();
        }, "declkg-shutdown"));
        out.println("declkg is serving " + db + " (read-only); Ctrl-C stops it.");
        out.println("  Query page:      " + url + "/");
        out.println("  SPARQL endpoint: " + url + "/declkg/sparql");
        out.println("  Overview:        " + url + "/home");
        Iris iris = config.iris();
        store.graphNames().stream().filter(g -> iris.kind(g).equals("declaration")).findFirst()
                .ifPresent(d -> out.println("  Example resource: " + url + "/id/" + d.substring(iris.base().length())));
        out.flush();
        server.join();
    }
}
