package org.declkg.normalise;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.declkg.knowledge.DateParser;
import org.declkg.knowledge.Furniture;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.HeadNouns;
import org.declkg.knowledge.Numerals;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Layer;
import org.declkg.pipeline.Stage;

/**
 * Raw text to the normalised text all later stages read and the graph publishes as its context:
 * markup removed, punctuation width made consistent, paragraphs repaired and deduplicated. Each
 * character keeps its offset in the raw text.
 */
public final class Normaliser implements Stage {
    private final MarkupStripper markup = new MarkupStripper();
    private final GlossRemover glosses = new GlossRemover();
    private final ScriptConverter script = new ScriptConverter();
    private final WidthFolder width = new WidthFolder();
    private final ParagraphCleaner paragraphs;

    /** @param opensWithSubject true for a line that starts with a sentence subject: such a line is no heading */
    public Normaliser(Predicate<String> opensWithSubject, Grammar grammar, Numerals numerals, Furniture furniture,
                      DateParser dates, HeadNouns heads) {
        this.paragraphs = new ParagraphCleaner(opensWithSubject, grammar, numerals, furniture, dates, heads);
    }

    @Override
    public Set<Layer> requires() { return EnumSet.noneOf(Layer.class); }

    @Override
    public Set<Layer> provides() { return EnumSet.of(Layer.TEXT); }

    @Override
    public void annotate(Annotation doc) {
        TrackedText t = glosses.remove(markup.strip(doc.raw()));
        script.simplify(t);
        width.fold(t);
        TrackedText clean = paragraphs.clean(t);
        doc.setText(clean.toString(), clean.written(), clean.offsets(doc.raw().length()));
    }
}
