package org.declkg.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of stages, checked once at construction: each stage's needs come before it. While
 * a stage runs it sees only the layers it declares.
 */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        Set<Layer> have = EnumSet.noneOf(Layer.class);
        for (Stage s : stages) {
            for (Layer need : s.requires())
                if (!have.contains(need))
                    throw new IllegalStateException(s.getClass().getSimpleName() + " needs " + need + " before it");
            have.addAll(s.provides());
        }
        this.stages = List.copyOf(stages);
    }

    public List<Stage> stages() { return stages; }

    public Annotation run(String source, String raw) { return run(Source.ofText(source, raw), raw); }

    public Annotation run(Source source, String raw) {
        Annotation doc = new Annotation(source, raw);
        for (Stage s : stages) run(s, doc);
        return doc;
    }

    /** Runs one stage on a document, with only the layers it declares open. */
    public static void run(Stage stage, Annotation doc) {
        doc.enter(stage);
        try {
            stage.annotate(doc);
        } finally {
            doc.leave();
        }
    }
}
