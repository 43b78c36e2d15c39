package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.declkg.Jar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} stops cleanly on SIGTERM (Ctrl-C runs the same hooks): the store opens and loads again afterwards. */
class ServeShutdownIT {
    @Test
    void aTerminatedServerLeavesAStoreThatOpensAgain(@TempDir Path dir) throws Exception {
        Path seed = Path.of("seeds/sco-tianjin-2025.zh.txt").toAbsolutePath();
        Jar.Run load = Jar.run(dir, Duration.ofMinutes(2), "load", "--db", "db", seed.toString());
        assertEquals(0, load.exit(), load.stderr());
        String loaded = load.stderr().lines().filter(l -> l.startsWith("declkg: loaded")).findFirst().orElseThrow();

        int port = Jar.freePort();
        try (Jar.Running server = Jar.start(dir, "serve", "--db", "db", "--port", Integer.toString(port))) {
            server.awaitLine("SPARQL endpoint:", Duration.ofMinutes(1));
            HttpResponse<String> ping = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
            int exit = server.terminate(Duration.ofSeconds(30));
            assertEquals(143, exit, "ended by SIGTERM, after the shutdown hooks ran");
            assertFalse(server.stderrText().contains("Exception"), server.stderrText());
        }
        try (Stream<Path> journals = Files.walk(dir.resolve("db")).filter(p -> p.getFileName().toString().equals("journal.jrnl"))) {
            for (Path j : journals.toList()) assertEquals(0, Files.size(j), "no transaction left half-done: " + j);
        }
        Jar.Run again = Jar.run(dir, Duration.ofMinutes(2), "load", "--db", "db", seed.toString());
        assertEquals(0, again.exit(), again.stderr());
        String reloaded = again.stderr().lines().filter(l -> l.startsWith("declkg: loaded")).findFirst().orElseThrow();
        String quads = loaded.substring(loaded.lastIndexOf('→') + 1, loaded.lastIndexOf(" quads")).strip();
        assertTrue(reloaded.endsWith("store " + quads + " → " + quads + " quads"), "the same size after a reload: " + loaded + " / " + reloaded);
    }
}
