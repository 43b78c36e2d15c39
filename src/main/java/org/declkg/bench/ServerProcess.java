package org.declkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A SPARQL server in a JVM of its own on a free loopback port, with its output in a log file:
 * declkg's {@code serve}, or stock Fuseki ({@code jena-fuseki-server}) on a TDB2 folder with the union
 * of the named graphs as its default graph, as declkg serves it. Closing it stops the process.
 */
public final class ServerProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final String sparql;
    private final String ready;
    private final Path log;

    private ServerProcess(String name, Process process, String sparql, String ready, Path log) {
        this.name = name;
        this.process = process;
        this.sparql = sparql;
        this.ready = ready;
        this.log = log;
    }

    /** {@code java -jar declkg.jar serve --db DIR --port P} (binds 127.0.0.1). */
    public static ServerProcess declkg(Path jar, Path db, String heap, Path workDir) throws IOException {
        int port = Children.freePort();
        List<String> cmd = new ArrayList<>(List.of(Children.java(), "-Xmx" + heap, "-jar", jar.toString(), "serve",
                "--db", db.toString(), "--port", String.valueOf(port)));
        String base = "http://127.0.0.1:" + port;
        return start("declkg serve", cmd, workDir, base + "/declkg/sparql", base + "/$/ping");
    }

    /** {@code java -jar jena-fuseki-server.jar --localhost --port P --loc DIR --set tdb:unionDefaultGraph=true /ds}. */
    public static ServerProcess fuseki(Path fusekiJar, Path db, String heap, Path workDir) throws IOException {
        return fuseki(fusekiJar, heap, workDir, List.of("--loc", db.toString(), "--set", "tdb:unionDefaultGraph=true", "/ds"));
    }

    /**
     * Stock Fuseki on loopback with the given arguments after {@code --localhost --port P}, its dataset
     * at {@code /ds} (so {@code args} ends with "/ds"), quiet but for warnings.
     */
    public static ServerProcess fuseki(Path fusekiJar, String heap, Path workDir, List<String> args) throws IOException {
        int port = Children.freePort();
        Path logConfig = Files.createDirectories(workDir).resolve("fuseki-log4j2.properties");
        try (InputStream in = ServerProcess.class.getResourceAsStream("/declkg/bench/fuseki-log4j2.properties")) {
            Files.copy(in, logConfig, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> cmd = new ArrayList<>(List.of(Children.java(), "-Xmx" + heap,
                "-Dlog4j2.configurationFile=" + logConfig.toUri(), "-jar", fusekiJar.toString(),
                "--localhost", "--port", String.valueOf(port)));
        cmd.addAll(args);
        String base = "http://127.0.0.1:" + port;
        return start("stock Fuseki", cmd, workDir, base + "/ds/sparql", base + "/$/ping");
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:PORT}. */
    public String baseUrl() { return ready.substring(0, ready.indexOf("/$/")); }

    private static ServerProcess start(String name, List<String> cmd, Path workDir, String sparql, String ready)
            throws IOException {
        Files.createDirectories(workDir);
        Path log = workDir.resolve(name.replaceAll("\\W+", "-") + ".log");
        // The working folder takes what a server writes beside itself (Fuseki's run/ folder).
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        ServerProcess s = new ServerProcess(name, p, sparql, ready, log);
        // Stopped with this JVM too (Ctrl-C), so that no server outlives the bench.
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy, "stop " + name));
        s.awaitReady(Duration.ofSeconds(120));
        return s;
    }

    private void awaitReady(Duration limit) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) break;
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(ready)).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200 || r.statusCode() == 401) return; // 401: up, behind a password
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        String last = Files.exists(log) ? Files.readString(log).lines().reduce((a, b) -> b).orElse("") : "";
        throw new IOException(name + " did not start (see " + log + "): " + last);
    }

    public String name() { return name; }

    public String sparqlUrl() { return sparql; }

    public long pid() { return process.pid(); }

    /** Heap in use in the server's JVM, in bytes (after a full GC when asked). */
    public Optional<Long> heapUsed(boolean afterGc) { return Children.heapUsed(process.pid(), afterGc); }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
