package org.declkg.token;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Layer;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Stage;

/** Words (HanLP) and known names (gazetteer, plus the aliases the text defines). */
public final class Tagger implements Stage {
    private final Gazetteer gazetteer;
    private final Segmenter segmenter;
    private final AliasFinder aliases = new AliasFinder();

    public Tagger(Gazetteer gazetteer, Segmenter segmenter) {
        this.gazetteer = gazetteer;
        this.segmenter = segmenter;
    }

    @Override
    public Set<Layer> requires() { return EnumSet.of(Layer.TEXT, Layer.SENTENCES); }

    @Override
    public Set<Layer> provides() { return EnumSet.of(Layer.TOKENS, Layer.MENTIONS); }

    @Override
    public void annotate(Annotation doc) {
        for (Sentence s : doc.sentences())
            doc.tokens().addAll(segmenter.tokens(doc.cover(s.span()), s.span().begin()));
        List<Mention> known = gazetteer.find(doc.text());
        doc.mentions().addAll(known);
        doc.mentions().addAll(aliases.find(doc.text(), known));
        doc.mentions().sort(Comparator.comparingInt(m -> m.span().begin()));
    }
}
