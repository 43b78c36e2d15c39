package org.declkg.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.declkg.extract.Extractor;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Pipeline;
import org.declkg.pipeline.Source;
import org.declkg.pipeline.Stage;

/** Milliseconds per text of each stage of the extractor, run one after the other on fresh documents as it runs them. */
public final class StageTimer {
    private final Extractor extractor;
    private final String text;

    public StageTimer(Extractor extractor, String text) {
        this.extractor = extractor;
        this.text = text;
    }

    /** Each stage's best round, by stage name in pipeline order; a round runs {@code texts} documents. */
    public Map<String, Double> best(int rounds, int texts) {
        List<Stage> stages = extractor.stages();
        double[] best = new double[stages.size()];
        Arrays.fill(best, Double.MAX_VALUE);
        for (int r = 0; r < rounds; r++) {
            long[] nanos = new long[stages.size()];
            for (int i = 0; i < texts; i++) {
                Annotation doc = new Annotation(Source.ofText("bench", text), text);
                for (int s = 0; s < stages.size(); s++) {
                    long start = System.nanoTime();
                    Pipeline.run(stages.get(s), doc);
                    nanos[s] += System.nanoTime() - start;
                }
            }
            for (int s = 0; s < stages.size(); s++) best[s] = Math.min(best[s], nanos[s] / 1e6 / texts);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int s = 0; s < stages.size(); s++) out.put(stages.get(s).getClass().getSimpleName(), best[s]);
        return out;
    }
}
