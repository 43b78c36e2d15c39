package org.declkg.header;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.declkg.argument.DateMention;
import org.declkg.argument.DateParser;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Header;
import org.declkg.pipeline.Layer;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Ref;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Span;
import org.declkg.pipeline.Stage;
import org.declkg.token.Gazetteer;

/**
 * The declaration itself: its title (the first paragraph, when it has no sentence punctuation),
 * the organisation and body named in it, and the date and place of the opening sentences.
 */
public final class HeaderFinder implements Stage {
    private static final int OPENING_SENTENCES = 3;
    private final Gazetteer gazetteer;
    private final DateParser dates = new DateParser();

    public HeaderFinder(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    @Override
    public Set<Layer> requires() { return EnumSet.of(Layer.SENTENCES, Layer.MENTIONS); }

    @Override
    public Set<Layer> provides() { return EnumSet.of(Layer.HEADER); }

    @Override
    public void annotate(Annotation doc) {
        String text = doc.text();
        int firstBreak = text.indexOf('\n');
        Span first = new Span(0, firstBreak < 0 ? text.length() : firstBreak);
        boolean titled = firstBreak > 0 && !first.of(text).contains("。") && first.length() <= 120;
        Span title = titled ? first : null;
        Span opening = opening(doc, titled ? first.end() : 0);

        String organisation = firstKey(doc, title, EntityKind.ORGANISATION);
        if (organisation == null) organisation = firstKey(doc, opening, EntityKind.ORGANISATION);
        if (organisation == null) organisation = firstKey(doc, new Span(0, text.length()), EntityKind.ORGANISATION);
        String body = firstKey(doc, title, EntityKind.BODY);
        if (body == null) body = firstKey(doc, opening, EntityKind.BODY);

        DateValue date = null;
        for (DateMention d : dates.parse(opening.of(text), opening.begin()))
            if (d.start().precision() == DateValue.Precision.DAY) {
                date = d.start();
                break;
            }
        Ref place = lastPlace(doc, opening);
        if (place == null && title != null) place = lastPlace(doc, title);
        doc.setHeader(new Header(title, date, place, organisation, body));
    }

    private static Span opening(Annotation doc, int from) {
        List<Sentence> after = doc.sentences().stream().filter(s -> s.span().begin() >= from).toList();
        if (after.isEmpty()) return new Span(from, from);
        int end = after.get(Math.min(OPENING_SENTENCES, after.size()) - 1).span().end();
        int para = doc.text().indexOf('\n', after.get(0).span().begin());
        if (para > 0 && para < end) end = para; // the opening paragraph only
        return new Span(after.get(0).span().begin(), end);
    }

    private static String firstKey(Annotation doc, Span span, EntityKind kind) {
        if (span == null) return null;
        for (Mention m : doc.mentionsIn(span)) if (m.kind() == kind) return m.key();
        return null;
    }

    /** The most specific place of "在 X Y 举行": the last place (or else state) named in the span. */
    private Ref lastPlace(Annotation doc, Span span) {
        Mention best = null;
        for (Mention m : doc.mentionsIn(span)) {
            if (m.kind() == EntityKind.PLACE) best = m;
            else if (m.kind() == EntityKind.STATE && (best == null || best.kind() == EntityKind.STATE)) best = m;
        }
        if (best == null) return null;
        Gazetteer.Entry e = gazetteer.entry(best.kind(), best.key());
        return new Ref(best.kind(), best.key(), e != null ? e.labelZh() : doc.cover(best.span()));
    }
}
