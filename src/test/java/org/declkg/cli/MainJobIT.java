package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.declkg.Jar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar declkg.jar} with no arguments, in a fresh folder holding a copy of seeds/: it loads
 * them into data/tdb2, serves on 127.0.0.1:3030 and says where. Port 3030 is fixed, so the test is
 * skipped when something else holds it.
 */
class MainJobIT {
    static final String QUERY = "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?s WHERE { "
            + "<https://w3id.org/declkg/id/organisation/sco> org:hasMember ?s }";

    @Test
    void loadsTheSeedsAndServesThemOn3030(@TempDir Path dir) throws Exception {
        assumeTrue(Jar.portIsFree(3030), "port 3030 is taken: the main job cannot be tried here");
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds/sco-tianjin-2025.zh.txt"), seeds.resolve("sco-tianjin-2025.zh.txt"));
        HttpClient http = HttpClient.newHttpClient();
        long start = System.nanoTime();
        try (Jar.Running job = Jar.start(dir)) {
            String example = job.awaitLine("Example resource:", Duration.ofMinutes(3));
            assertTrue(job.seen().contains("  Query page:      http://127.0.0.1:3030/"), job.seen().toString());
            assertTrue(job.seen().contains("  SPARQL endpoint: http://127.0.0.1:3030/declkg/sparql"), job.seen().toString());
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:3030/declkg/sparql?query="
                    + URLEncoder.encode(QUERY, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(200, answer.statusCode());
            assertEquals(11, answer.body().strip().lines().count(), "header and the ten members: " + answer.body());
            String figure = String.format(Locale.ROOT, "%.1f seconds from `java -jar declkg.jar` to the first SPARQL answer%n", seconds);
            System.out.print(figure);
            Files.writeString(Jar.buildDir().resolve("main-job-first-answer.txt"), figure);

            String url = example.substring(example.indexOf("http://"));
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1>"), page.body());
            assertTrue(Files.isDirectory(dir.resolve("data/tdb2")));
            assertTrue(Files.exists(dir.resolve("data/tdb2/dumps/dumps.tsv")));
            assertTrue(job.stderrText().contains("loaded 1 declaration, 0 failed"), job.stderrText());
            job.terminate(Duration.ofSeconds(30));
        }
        assertTrue(Jar.portIsFree(3030), "the port is released");
    }
}
