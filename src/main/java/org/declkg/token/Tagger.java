package org.declkg.token;

import org.declkg.knowledge.Gazetteer;
import org.declkg.knowledge.Grammar;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Layer;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Stage;
import org.declkg.pipeline.Token;

/** Words (HanLP) and known names (gazetteer, plus the aliases the text defines). */
public final class Tagger implements Stage {
    private final Gazetteer gazetteer;
    private final Segmenter segmenter;
    private static final int SHORT_NAME = 2;
    private final AliasFinder aliases;
    private final SideFinder sides;

    public Tagger(Gazetteer gazetteer, Segmenter segmenter, Grammar grammar) {
        this.gazetteer = gazetteer;
        this.segmenter = segmenter;
        this.aliases = new AliasFinder(grammar);
        this.sides = new SideFinder(gazetteer, grammar);
    }

    @Override
    public Set<Layer> requires() { return EnumSet.of(Layer.TEXT, Layer.SENTENCES); }

    @Override
    public Set<Layer> provides() { return EnumSet.of(Layer.TOKENS, Layer.MENTIONS); }

    @Override
    public void annotate(Annotation doc) {
        for (Sentence s : doc.sentences())
            doc.tokens().addAll(segmenter.tokens(doc.cover(s.span()), s.span().begin()));
        BitSet boundaries = boundaries(doc);
        List<Mention> known = onWordBoundaries(gazetteer.find(doc.text()), boundaries, SHORT_NAME);
        List<Mention> all = new ArrayList<>(known);
        all.addAll(aliases.find(doc.text(), known));
        all.addAll(onWordBoundaries(sides.find(doc.text(), all), boundaries, 0));
        doc.mentions().addAll(all);
        doc.mentions().sort(Comparator.comparingInt(m -> m.span().begin()));
    }

    /** Where the segmenter starts and ends words. */
    private static BitSet boundaries(Annotation doc) {
        BitSet boundaries = new BitSet(doc.text().length() + 1);
        for (Token t : doc.tokens()) {
            boundaries.set(t.span().begin());
            boundaries.set(t.span().end());
        }
        return boundaries;
    }

    /**
     * The mentions longer than {@code anyLength}, and the others that the segmenter starts and ends a
     * word at: short names inside other words ("里加" in "这里加强", "海地" in "沿海地区") do not count.
     */
    private static List<Mention> onWordBoundaries(List<Mention> found, BitSet boundaries, int anyLength) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found)
            if (m.span().length() > anyLength || boundaries.get(m.span().begin()) && boundaries.get(m.span().end()))
                out.add(m);
        return out;
    }
}
