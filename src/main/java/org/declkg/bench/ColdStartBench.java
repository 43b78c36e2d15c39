package org.declkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.declkg.bench.Measurement.Target;

/**
 * A cold start as a user meets it: {@code java -jar declkg.jar extract TEXT -o FILE} in a new JVM,
 * timed from launching the process until it has exited (so JVM start, loading HanLP and the
 * knowledge, the extraction and writing the Turtle). Several runs; the median is the figure.
 */
public final class ColdStartBench {
    private final Path jar;
    private final Path text;
    private final int runs;

    public ColdStartBench(Path jar, Path text, int runs) {
        this.jar = jar;
        this.text = text;
        this.runs = runs;
    }

    public List<Measurement> run(Path workDir) throws IOException, InterruptedException {
        Path out = workDir.resolve("cold.ttl");
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ProcessBuilder pb = new ProcessBuilder(Children.java(), "-jar", jar.toString(), "extract", text.toString(),
                    "-o", out.toString()).redirectErrorStream(true).redirectOutput(workDir.resolve("cold.log").toFile());
            long start = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("extract did not finish within 120 s (see " + workDir.resolve("cold.log") + ")");
            }
            double s = (System.nanoTime() - start) / 1e9;
            if (p.exitValue() != 0 || Files.size(out) == 0)
                throw new IllegalStateException("extract failed with status " + p.exitValue() + ": "
                        + Files.readString(workDir.resolve("cold.log")).lines().findFirst().orElse(""));
            seconds.add(s);
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        return List.of(
                Measurement.limited("cold: JVM start → extract done, median of " + runs, median, "s", Target.atMost(2)),
                Measurement.of("cold: fastest of " + runs, sorted.get(0), "s"));
    }
}
