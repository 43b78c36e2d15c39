package org.declkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.declkg.rdf.Iris;
import org.declkg.serve.ServerConfig;

/** The main job: load every text under seeds/ into data/tdb2 and serve it on 127.0.0.1:3030. */
final class MainJob implements Callable<Integer> {
    static final Path SEEDS = Path.of("seeds");
    static final Path DB = Path.of("data", "tdb2");

    private final Iris iris;

    MainJob(Iris iris) { this.iris = iris; }

    @Override
    public Integer call() throws Exception {
        List<Path> seeds = seeds();
        List<String> args = new ArrayList<>(List.of("--base", iris.base(), "load", "--db", DB.toString()));
        seeds.forEach(p -> args.add(p.toString()));
        int status = Main.run(args.toArray(String[]::new));
        if (status != Main.OK) return status;
        ServeCommand.serve(DB, ServerConfig.defaults(iris, Stores.dumps(DB)), System.out);
        return Main.OK;
    }

    /** The texts under ./seeds, or, run from elsewhere, the seeds packaged in the jar (copied to data/seeds). */
    private static List<Path> seeds() throws IOException {
        if (Files.isDirectory(SEEDS)) {
            try (Stream<Path> s = Files.walk(SEEDS)) {
                return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
        }
        Path dir = Files.createDirectories(Path.of("data", "seeds"));
        List<Path> out = new ArrayList<>();
        try (InputStream list = MainJob.class.getResourceAsStream("/declkg/seeds/index.list")) {
            for (String name : new String(list.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (name.isBlank()) continue;
                try (InputStream in = MainJob.class.getResourceAsStream("/declkg/seeds/" + name.strip())) {
                    Path target = dir.resolve(name.strip());
                    Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    out.add(target);
                }
            }
        }
        return out;
    }
}
