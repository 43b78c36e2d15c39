package org.declkg.act;

import java.util.ArrayList;
import java.util.List;
import org.declkg.pipeline.Actor;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Mention;
import java.util.function.IntPredicate;
import org.declkg.knowledge.Brackets;
import org.declkg.knowledge.Gazetteer;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.Grammar.Role;

/**
 * The subject at the start of a clause: "the member states" (成员国, 各方, a council, "ORG成员国"),
 * a list of named states ("A、B和C"), or a third party: another organisation, or a meeting other than
 * the declaration's own ("会议" after another meeting was named). A third party's subject has no
 * actors: its acts are not the declaration's.
 */
record Subject(int end, List<Actor> actors) {
    /** The key of the actor word that means "the meeting" (actor-words.csv). */
    static final String MEETING = "meeting";

    boolean thirdParty() { return actors.isEmpty(); }

    /**
     * The subject starting at {@code pos}, or null when the clause does not open with one.
     * {@code ownMeetingAt} says whether "the meeting" at a position is the declaration's own.
     */
    static Subject at(Annotation doc, Gazetteer gazetteer, Grammar grammar, int pos, int limit, String defaultOrganisation,
                      IntPredicate ownMeetingAt) {
        String text = doc.text();
        int joint = afterShortForms(text, gazetteer, grammar, pos, limit); // "中俄双方", "中阿双方": the declaring parties
        if (joint > pos && mentionAt(doc, joint) != null && mentionAt(doc, joint).kind() == EntityKind.MEMBERS) pos = joint;
        List<String> states = new ArrayList<>();
        List<Actor> sides = new ArrayList<>();
        String organisation = null;
        boolean members = false, otherMeeting = false;
        int end = pos;
        while (end < limit) {
            Mention m = mentionAt(doc, end);
            if (m == null) break;
            switch (m.kind()) {
                case STATE -> states.add(m.key());
                case GROUP -> {
                    String side = gazetteer.organisationOf(m.key()); // "非方": the members of the organisation
                    if (side != null) sides.add(Actor.membersOf(side));
                    else states.addAll(gazetteer.statesOf(m.key()));
                }
                case ORGANISATION -> organisation = m.key();
                case BODY -> members = true;
                case MEMBERS -> {
                    members = true;
                    otherMeeting |= MEETING.equals(m.key()) && !ownMeetingAt.test(m.span().begin());
                }
                default -> { return finish(doc, end, limit, states, sides, organisation, members, otherMeeting, defaultOrganisation); }
            }
            end = m.span().end();
            String joiner = grammar.at(text, end, Role.CLAUSE_CONJUNCTION, Role.LIST_SEPARATOR, Role.CONJUNCTION);
            if (joiner != null && !members && mentionAt(doc, end + joiner.length()) != null) end += joiner.length();
        }
        return finish(doc, end, limit, states, sides, organisation, members, otherMeeting, defaultOrganisation);
    }

    private static Subject finish(Annotation doc, int end, int limit, List<String> states, List<Actor> sides,
                                  String organisation, boolean members, boolean otherMeeting, String defaultOrganisation) {
        if (end > 0) end = afterParenthesis(doc.text(), end, limit); // "A和B（以下称双方）高度评价"
        if (otherMeeting) return new Subject(end, List.of());
        List<Actor> actors = new ArrayList<>();
        // "东盟国家领导人": the side's leaders; "中国和阿拉伯国家": China and the Arab League's members
        if (members && sides.isEmpty()) actors.add(Actor.membersOf(organisation != null ? organisation : defaultOrganisation));
        else for (String s : states) actors.add(Actor.state(s));
        actors.addAll(sides);
        if (actors.isEmpty() && organisation != null) // an organisation alone: itself, or a third party
            return organisation.equals(defaultOrganisation) ? new Subject(end, List.of(Actor.membersOf(organisation)))
                    : new Subject(end, List.of());
        return actors.isEmpty() ? null : new Subject(end, actors);
    }

    /** The end of a parenthesis right after a subject, or {@code end} when none follows. */
    private static int afterParenthesis(String text, int end, int limit) {
        if (end >= limit || (text.charAt(end) != '（' && text.charAt(end) != '(')) return end;
        int close = Brackets.closing(text, end, limit);
        return close < 0 ? end : close + 1;
    }

    /** The end of two or more short forms of states or regions in a row at {@code pos} ("中俄", "中阿"), or {@code pos}. */
    private static int afterShortForms(String text, Gazetteer gazetteer, Grammar grammar, int pos, int limit) {
        int p = pos, forms = 0;
        outer:
        while (p < limit) {
            for (int len = Math.min(gazetteer.longestAbbreviation(), limit - p); len > 0; len--) {
                String s = text.substring(p, p + len);
                if (!gazetteer.statesAbbreviated(s).isEmpty() || grammar.is(Role.REGION_SHORT_FORM, s)) {
                    p += len;
                    forms++;
                    continue outer;
                }
            }
            break;
        }
        return forms >= 2 ? p : pos;
    }

    private static Mention mentionAt(Annotation doc, int pos) {
        return doc.mentionStartingAt(pos);
    }

}
