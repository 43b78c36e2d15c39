package org.declkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.declkg.bench.CorpusGenerator;
import org.declkg.bench.CorpusLoadBench;
import org.declkg.bench.ExtractionBench;
import org.declkg.bench.Measurement;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench}: speed figures, each beside its reference and the ratio. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extraction against bare HanLP and corpus loading against the TDB2 bulk loader.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--text", paramLabel = "FILE", defaultValue = "seeds/sco-tianjin-2025.zh.txt",
            description = "The declaration to measure on and to generate the corpus from (default ${DEFAULT-VALUE}).")
    Path text;

    @Option(names = "--corpus", defaultValue = "1000", description = "Texts in the generated corpus (default ${DEFAULT-VALUE}; 0 skips).")
    int corpus;

    @Option(names = "--threads", defaultValue = "0", description = "Extraction threads (default: all cores).")
    int threads;

    @Mixin KnowledgeOptions knowledge;

    @Override
    public Integer call() throws Exception {
        KnowledgeBase kb = knowledge.knowledge();
        String seed = Files.readString(text);
        System.out.printf("%-40s %14s %-8s %-34s %14s %6s%n", "figure", "value", "unit", "reference", "value", "ratio");
        for (Measurement m : new ExtractionBench(kb, seed).run()) System.out.println(m.row());
        if (corpus > 0) {
            List<String> places = new ArrayList<>();
            for (Map<String, String> row : kb.rows("places.csv")) places.add(row.get("label_zh"));
            Path work = Files.createTempDirectory("declkg-bench");
            int n = Formats.threads(threads);
            for (Measurement m : new CorpusLoadBench(Extractor.create(kb), new CorpusGenerator(seed, places), corpus, n).run(work))
                System.out.println(m.row());
        }
        return Main.OK;
    }
}
