package org.declkg.bench;

import com.hankcs.hanlp.tokenizer.BasicTokenizer;
import java.util.ArrayList;
import java.util.List;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.pipeline.Extractor;
import org.declkg.token.Gazetteer;
import org.declkg.token.Segmenter;

/**
 * Throughput of the whole pipeline against HanLP alone on the same text in the same JVM: the
 * segmenter as the pipeline configures it, and HanLP's plainest tokenizer as the floor.
 */
public final class ExtractionBench {
    private static final long MIN_CHARS = 1_000_000;
    private static final int ROUNDS = 3;

    private final KnowledgeBase kb;
    private final String text;

    public ExtractionBench(KnowledgeBase kb, String text) {
        this.kb = kb;
        this.text = text;
    }

    public List<Measurement> run() {
        Extractor extractor = Extractor.create(kb);
        Segmenter segmenter = new Segmenter(new Gazetteer(kb));
        String[] lines = text.split("\n");
        double pipeline = best(() -> extractor.extract("bench", text));
        double segmented = best(() -> { for (String l : lines) segmenter.tokens(l, 0); });
        double basic = best(() -> { for (String l : lines) BasicTokenizer.segment(l); });
        List<Measurement> out = new ArrayList<>();
        out.add(new Measurement("extraction, whole pipeline", pipeline, "chars/s",
                "HanLP segmenter, same configuration", segmented));
        out.add(new Measurement("HanLP segmenter, same configuration", segmented, "chars/s",
                "HanLP BasicTokenizer (floor)", basic));
        return out;
    }

    /** Chars per second of the best of several rounds, each over at least a million characters. */
    private double best(Runnable once) {
        for (int i = 0; i < 20; i++) once.run(); // warm up
        double best = 0;
        for (int r = 0; r < ROUNDS; r++) {
            long chars = 0, start = System.nanoTime();
            while (chars < MIN_CHARS) {
                once.run();
                chars += text.length();
            }
            best = Math.max(best, chars / ((System.nanoTime() - start) / 1e9));
        }
        return best;
    }
}
