package org.declkg;

import java.util.List;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Pipeline;
import org.declkg.pipeline.Stage;

/**
 * One stage of the project's pipeline run alone: the stages before it prepare the annotation, every
 * layer the stage does not require is emptied, then the stage runs with only its declared layers open.
 * A stage that reads a layer it does not declare fails here.
 */
public final class Stages {
    private Stages() {}

    public static Stage of(Class<? extends Stage> kind) {
        return Fixtures.extractor().stages().stream().filter(kind::isInstance).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stage " + kind.getSimpleName()));
    }

    /** What the stage gets: the layers it requires, from the stages before it, and nothing else. */
    public static Annotation before(Class<? extends Stage> kind, String text) {
        Annotation doc = new Annotation("test.txt", text);
        List<Stage> stages = Fixtures.extractor().stages();
        for (Stage s : stages) {
            if (kind.isInstance(s)) {
                doc.keepOnly(s.requires());
                return doc;
            }
            Pipeline.run(s, doc);
        }
        throw new IllegalArgumentException("no stage " + kind.getSimpleName());
    }

    /** The pipeline run up to and including the stage, every layer kept. */
    public static Annotation through(Class<? extends Stage> kind, String text) {
        Annotation doc = new Annotation("test.txt", text);
        for (Stage s : Fixtures.extractor().stages()) {
            Pipeline.run(s, doc);
            if (kind.isInstance(s)) return doc;
        }
        throw new IllegalArgumentException("no stage " + kind.getSimpleName());
    }

    /** The stage run alone on {@link #before}: the annotation with its layers added. */
    public static Annotation run(Class<? extends Stage> kind, String text) {
        Annotation doc = before(kind, text);
        Pipeline.run(of(kind), doc);
        return doc;
    }
}
