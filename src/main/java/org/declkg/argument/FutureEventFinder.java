package org.declkg.argument;

import java.util.ArrayList;
import java.util.List;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Ref;
import org.declkg.pipeline.Span;
import org.declkg.token.Gazetteer;

/**
 * Events the text announces outside any statement: "下一次会议将于2026年在 X 举行" — a meeting, its
 * date and its place.
 */
final class FutureEventFinder {
    private final Annotation doc;
    private final List<DateMention> dates;
    private final HeadNouns heads;
    private final Grammar grammar;
    private final Gazetteer gazetteer;

    FutureEventFinder(Annotation doc, List<DateMention> dates, HeadNouns heads, Grammar grammar, Gazetteer gazetteer) {
        this.doc = doc;
        this.dates = dates;
        this.heads = heads;
        this.grammar = grammar;
        this.gazetteer = gazetteer;
    }

    private static boolean isPlace(Mention m) {
        return m != null && (m.kind() == EntityKind.PLACE || m.kind() == EntityKind.STATE);
    }

    /** "…会议于2025年10月10日在明斯克举行" in the opening is the meeting that adopts the declaration. */
    private boolean isTheDeclarationsOwnMeeting(DateMention d, Mention place) {
        var h = doc.header();
        return h != null && h.date() != null && h.place() != null && d.start().equals(h.date())
                && place.key().equals(h.place().key());
    }

    List<Argument> find() {
        String text = doc.text();
        List<Argument> out = new ArrayList<>();
        for (DateMention d : dates) {
            int yu = d.span().begin() - 1;
            if (yu < 1 || text.charAt(yu) != '于' || !text.startsWith("在", d.span().end())) continue;
            Mention place = null; // "在中国天津举行": the last of the places in a row
            for (Mention m = doc.mentionStartingAt(d.span().end() + 1); isPlace(m); m = doc.mentionStartingAt(m.span().end()))
                place = m;
            if (place == null) continue;
            if (isTheDeclarationsOwnMeeting(d, place)) continue;
            int after = place.span().end();
            if (grammar.words("hosting").stream().noneMatch(v -> text.startsWith(v, after))) continue;
            int nameEnd = text.charAt(yu - 1) == '将' ? yu - 1 : yu;
            int nameStart = nameEnd;
            while (nameStart > 0 && "，。；\n：".indexOf(text.charAt(nameStart - 1)) < 0) nameStart--;
            String name = text.substring(nameStart, nameEnd).replace("将", "");
            HeadNouns.Head h = heads.of(name);
            if (h == null || h.kind() != Argument.Kind.EVENT) continue;
            Gazetteer.Entry e = gazetteer.entry(place.kind(), place.key());
            Ref where = new Ref(place.kind(), place.key(), e != null ? e.labelZh() : place.span().of(text));
            out.add(new Argument(Argument.Kind.EVENT, new Span(nameStart, after), name, h.type(), d.start(), d.end(),
                    List.of(where), List.of(), List.of(), null, List.of(), null));
        }
        return out;
    }
}
