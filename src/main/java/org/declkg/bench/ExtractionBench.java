package org.declkg.bench;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.tokenizer.BasicTokenizer;
import com.hankcs.hanlp.tokenizer.SpeedTokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.declkg.bench.Measurement.Target;
import org.apache.jena.rdf.model.Model;
import org.declkg.extract.Extractor;
import org.declkg.token.Tagger;
import org.declkg.token.Segmenter;
import org.declkg.validate.GraphValidator;

/**
 * Throughput of the whole pipeline against HanLP alone, on the same text in the same JVM: the
 * segmenter as the pipeline configures it (same recognisers; the custom dictionary the extractor
 * filled), and HanLP's plainest tokenisers as the floor. Each round processes the text over and over
 * until at least a million characters have gone through; rounds of the contenders alternate, so that
 * a busy machine slows all of them alike, and each keeps its best round.
 */
public final class ExtractionBench {
    static final long MIN_CHARS = 1_000_000;

    private final Extractor extractor;
    private final GraphValidator validator;
    private final String text;
    private final int rounds;

    /**
     * @param extractor built before, so that HanLP's custom dictionary holds the gazetteer as in the pipeline
     * @param validator the shapes check {@code load} runs on each graph, timed beside the extraction
     */
    public ExtractionBench(Extractor extractor, GraphValidator validator, String text, int rounds) {
        this.extractor = extractor;
        this.validator = validator;
        this.text = text;
        this.rounds = rounds;
    }

    public List<Measurement> run() {
        Segment configured = Segmenter.configured();
        Model graph = extractor.extract("bench", text).graph();
        Map<String, Runnable> contenders = new LinkedHashMap<>();
        contenders.put("pipeline", () -> extractor.extract("bench", text));
        contenders.put("shapes", () -> validator.validate(graph)); // chars/s: as if it read the text
        contenders.put("segmenter", () -> configured.seg(text));
        contenders.put("basic", () -> BasicTokenizer.segment(text));
        contenders.put("speed", () -> SpeedTokenizer.segment(text));
        Map<String, Double> best = new LinkedHashMap<>();
        for (Map.Entry<String, Runnable> c : contenders.entrySet()) { // warm up: the JIT compiles each path
            long until = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < until) c.getValue().run();
            best.put(c.getKey(), 0.0);
        }
        for (int r = 0; r < rounds; r++)
            for (Map.Entry<String, Runnable> c : contenders.entrySet())
                best.merge(c.getKey(), charsPerSecond(c.getValue()), Math::max);

        List<Measurement> out = new ArrayList<>();
        out.add(Measurement.compared("extraction: whole pipeline", best.get("pipeline"), "chars/s",
                "HanLP segmenter, pipeline's config", best.get("segmenter"), Target.atLeast(0.5)));
        out.add(Measurement.compared("extraction: HanLP segmenter, pipeline's config", best.get("segmenter"), "chars/s",
                "HanLP BasicTokenizer (floor)", best.get("basic"), null));
        out.add(Measurement.compared("extraction: whole pipeline", best.get("pipeline"), "chars/s",
                "HanLP SpeedTokenizer (floor)", best.get("speed"), null));
        double perText = 1000 * text.length();
        out.add(Measurement.compared("load: shapes check, ms per declaration", perText / best.get("shapes"), "ms",
                "extraction, ms per declaration", perText / best.get("pipeline"), null));
        out.addAll(stages(perText / best.get("segmenter")));
        return out;
    }

    /**
     * Where the pipeline's time goes, stage by stage. The tagger's time is mostly HanLP's, which runs
     * slower between the other stages than in a loop of its own on the same text: a row compares the two.
     */
    private List<Measurement> stages(double segmenterMs) {
        Map<String, Double> ms = new StageTimer(extractor, text).best(rounds, (int) Math.ceil((double) MIN_CHARS / text.length()));
        double total = ms.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Measurement> out = new ArrayList<>();
        ms.forEach((stage, t) -> {
            out.add(Measurement.compared("extraction stage: " + stage + ", ms", t, "ms", "all stages, ms", total, null));
            if (stage.equals(Tagger.class.getSimpleName()))
                out.add(Measurement.compared("extraction stage: " + stage + " (HanLP inside)", t, "ms",
                        "HanLP segmenter alone, ms", segmenterMs, null));
        });
        return out;
    }

    /** One round: the text again and again until a million characters have gone through. */
    private double charsPerSecond(Runnable once) {
        long chars = 0, start = System.nanoTime();
        while (chars < MIN_CHARS) {
            once.run();
            chars += text.length();
        }
        return chars / ((System.nanoTime() - start) / 1e9);
    }
}
