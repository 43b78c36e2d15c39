package org.declkg.argument;

import org.declkg.knowledge.Grammar.Role;

import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.HeadNouns;
import org.declkg.pipeline.DateMention;

import java.util.ArrayList;
import java.util.List;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Ref;
import org.declkg.pipeline.Span;
import org.declkg.knowledge.Gazetteer;

/**
 * Events the text announces outside any statement: "下一次会议将于2026年在 X 举行" or "2029年在 X
 * 举行第四次峰会" — a meeting, its date and its place.
 */
final class FutureEventFinder {
    private final Annotation doc;
    private final List<DateMention> dates;
    private final HeadNouns heads;
    private final Grammar grammar;
    private final Gazetteer gazetteer;
    private final String place, time, future, attributive;

    FutureEventFinder(Annotation doc, List<DateMention> dates, HeadNouns heads, Grammar grammar, Gazetteer gazetteer) {
        this.doc = doc;
        this.dates = dates;
        this.heads = heads;
        this.grammar = grammar;
        this.gazetteer = gazetteer;
        this.place = grammar.word(Role.PLACE_PREPOSITION);
        this.time = grammar.word(Role.TIME_PREPOSITION);
        this.future = grammar.word(Role.FUTURE);
        this.attributive = grammar.word(Role.ATTRIBUTIVE);
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
            if (!text.startsWith(place, d.span().end())) continue;
            Mention where = null; // "在巴西里约热内卢举行": the last of the places in a row
            for (Mention m = doc.mentionStartingAt(d.span().end() + place.length()); isPlace(m);
                 m = doc.mentionStartingAt(m.span().end()))
                where = m;
            if (where == null || isTheDeclarationsOwnMeeting(d, where)) continue;
            int placeEnd = where.span().end();
            String verb = grammar.words(Role.HOSTING).stream().filter(v -> text.startsWith(v, placeEnd)).findFirst().orElse(null);
            if (verb == null) continue;
            int yu = d.span().begin() - time.length();
            Span name = yu >= 1 && text.startsWith(time, yu) ? nameBefore(yu) : null;
            if (name == null || heads.of(nameText(name)) == null) name = nameAfter(placeEnd + verb.length());
            HeadNouns.Head h = name == null ? null : heads.of(nameText(name));
            if (h == null || h.kind() != Argument.Kind.EVENT) continue;
            Gazetteer.Entry e = gazetteer.entry(where.kind(), where.key());
            Ref ref = new Ref(where.kind(), where.key(), e != null ? e.labelZh() : where.span().of(text));
            Span whole = new Span(Math.min(name.begin(), d.span().begin()), Math.max(name.end(), placeEnd));
            out.add(new Argument(Argument.Kind.EVENT, whole, nameText(name), h.type(), d.start(), d.end(),
                    List.of(ref), List.of(), List.of(), null, List.of(), null));
        }
        return out;
    }

    /** "下一次会议将于…": the words from the clause start to 于, without 将. */
    private Span nameBefore(int yu) {
        String text = doc.text();
        int end = yu >= future.length() && text.startsWith(future, yu - future.length()) ? yu - future.length() : yu;
        int begin = end;
        while (begin > 0 && "，。；\n：".indexOf(text.charAt(begin - 1)) < 0) begin--;
        return end > begin ? new Span(begin, end) : null;
    }

    /** "…在马尼拉举行第五十次峰会。": the words after the verb, up to the clause end. */
    private Span nameAfter(int from) {
        String text = doc.text();
        int end = from;
        if (text.startsWith(attributive, from)) return null; // "在 X 举行的 Y": Y is named elsewhere, as an object
        while (end < text.length() && "，。；\n：、".indexOf(text.charAt(end)) < 0) end++;
        return end > from ? new Span(from, end) : null;
    }

    private String nameText(Span s) { return s.of(doc.text()).replace(future, ""); }
}
