package org.declkg.argument;

import org.declkg.knowledge.Grammar.Role;

import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.HeadNouns;
import org.declkg.pipeline.DateMention;

import java.util.ArrayList;
import java.util.List;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Ref;
import org.declkg.pipeline.Span;

/**
 * An event: its name without the verb that holds it, its dates (from its parenthesis or inline), its
 * place (parenthesis, "在 X", or a place in its name), and for an attack who did it to whom.
 */
final class EventReader {
    private final ObjectText t;
    private final Grammar grammar;

    EventReader(ObjectText t, Grammar grammar) {
        this.t = t;
        this.grammar = grammar;
    }

    /** The event a name with an event head noun names, or null when it names nothing particular. */
    Argument event(Span part, Span name, String label, HeadNouns.Head h, Parenthetical info, boolean hasParen,
                   List<Argument> mentions) {
        if (!hasParen && !t.isSpecific(name)) return null;
        label = withoutHostClause(label, h);
        DateValue start = info.start(), end = info.end();
        if (start == null) {
            List<DateMention> inline = t.datesIn(name);
            if (!inline.isEmpty()) {
                start = inline.get(0).start();
                end = inline.get(0).end();
            }
        }
        List<Ref> perpetrators = new ArrayList<>(), targets = new ArrayList<>();
        boolean attack = readAttack(name, perpetrators, targets);
        Ref place = info.place() != null ? info.place() : placeAfterZai(name, label);
        if (place == null && !attack) place = placeInName(name); // "对巴库—X管道的袭击": 巴库 names the target
        return new Argument(Argument.Kind.EVENT, part, label, h.type(), start, end, ObjectText.placeList(place),
                perpetrators, targets, null, mentions, null);
    }

    /** "…举行的国际会议" → "国际会议", unless the head noun is all that would be left. */
    private String withoutHostClause(String label, HeadNouns.Head h) {
        for (String v : grammar.words(Role.HOSTING)) {
            int i = label.lastIndexOf(v + t.attributive), after = i + v.length() + t.attributive.length();
            if (i >= 0 && label.length() - after > h.noun().length() + 2)
                return label.substring(after);
            int j = label.lastIndexOf(v);
            if (j >= 0 && !label.startsWith(t.attributive, j + v.length()) && label.length() - (j + v.length()) > h.noun().length())
                return label.substring(j + v.length());
        }
        return label;
    }

    /**
     * "X 对 Y 发动的…": an attack; states before "对" are perpetrators and the state after it the target.
     * Returns whether the name reads as an attack on something.
     */
    private boolean readAttack(Span name, List<Ref> perpetrators, List<Ref> targets) {
        String s = t.of(name);
        int dui = s.indexOf(t.objectMarker);
        if (dui < 0 || grammar.words(Role.ATTACK).stream().noneMatch(s::contains)) return false;
        for (Mention m : t.mentionsIn(name)) {
            if (m.kind() != EntityKind.STATE) continue;
            int at = m.span().begin() - name.begin();
            if (at < dui) perpetrators.add(t.ref(m));
            else if (at == dui + t.objectMarker.length()) targets.add(t.ref(m));
        }
        return true;
    }

    /** "在 X 发生的…": X, known or not; {@code label} is the name with any shared tail. */
    private Ref placeAfterZai(Span name, String label) {
        Ref known = null;
        int knownEnd = -1;
        for (Mention m : t.mentionsIn(name)) {
            boolean afterZai = t.precededBy(m.span().begin(), t.placePreposition);
            if (ObjectText.isPlace(m) && (afterZai || m.span().begin() == knownEnd)) { // "在中国新疆": the last place in a row
                known = t.ref(m);
                knownEnd = m.span().end();
                String suffix = adminSuffixAt(knownEnd);
                if (suffix != null && m.kind() == EntityKind.PLACE) { // "在莫斯科州": not the city
                    known = ObjectText.unknownPlace(t.of(m.span()) + suffix);
                    knownEnd += suffix.length();
                }
            }
        }
        if (known != null) return moreSpecificAfter(known, knownEnd, name);
        int zai = label.indexOf(t.placePreposition);
        if (zai < 0) return null;
        int from = zai + t.placePreposition.length();
        for (String v : grammar.words(Role.HOSTING)) {
            int end = label.indexOf(v, from);
            if (end > from && end - zai <= 12) return ObjectText.unknownPlace(label.substring(from, end));
        }
        return null;
    }

    /** "在缅甸曼德勒发生的": after a known state, an unknown name before the verb is the more specific place. */
    private Ref moreSpecificAfter(Ref known, int knownEnd, Span name) {
        if (known.kind() != EntityKind.STATE) return known;
        String rest = t.text.substring(knownEnd, name.end());
        for (String v : grammar.words(Role.HOSTING)) {
            int i = rest.indexOf(v);
            String between = i < 0 ? "" : rest.substring(0, i);
            if (i >= 2 && i <= 8 && between.matches("\\p{IsHan}+")
                    && grammar.words(Role.LOCATIVE).stream().noneMatch(between::startsWith))
                return ObjectText.unknownPlace(between);
        }
        return known;
    }

    private String adminSuffixAt(int pos) {
        for (String w : grammar.words(Role.ADMIN_SUFFIX)) if (t.text.startsWith(w, pos)) return w;
        return null;
    }

    private Ref placeInName(Span name) {
        for (Mention m : t.mentionsIn(name)) if (m.kind() == EntityKind.PLACE) return t.ref(m);
        return null;
    }
}
