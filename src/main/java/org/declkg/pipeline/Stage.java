package org.declkg.pipeline;

import java.util.Set;

/** One step of the pipeline: reads some layers of the annotation and adds its own. */
public interface Stage {
    Set<Layer> requires();

    Set<Layer> provides();

    void annotate(Annotation doc);
}
