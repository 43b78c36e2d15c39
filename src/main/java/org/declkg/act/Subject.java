package org.declkg.act;

import java.util.ArrayList;
import java.util.List;
import org.declkg.pipeline.Actor;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Mention;
import org.declkg.knowledge.Gazetteer;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.Grammar.Role;

/**
 * The subject at the start of a clause: "the member states" (成员国, 各方, a council, "ORG成员国")
 * or a list of named states ("A、B和C").
 */
record Subject(int end, List<Actor> actors) {
    /** The subject starting at {@code pos}, or null when the clause does not open with one. */
    static Subject at(Annotation doc, Gazetteer gazetteer, Grammar grammar, int pos, int limit, String defaultOrganisation) {
        String text = doc.text();
        List<String> states = new ArrayList<>();
        String organisation = null;
        boolean members = false;
        int end = pos;
        while (end < limit) {
            Mention m = mentionAt(doc, end);
            if (m == null) break;
            switch (m.kind()) {
                case STATE -> states.add(m.key());
                case GROUP -> states.addAll(gazetteer.statesOf(m.key()));
                case ORGANISATION -> organisation = m.key();
                case MEMBERS, BODY -> members = true;
                default -> { return finish(end, states, organisation, members, defaultOrganisation); }
            }
            end = m.span().end();
            String joiner = grammar.at(text, end, Role.CLAUSE_CONJUNCTION, Role.LIST_SEPARATOR, Role.CONJUNCTION);
            if (joiner != null && !members && mentionAt(doc, end + joiner.length()) != null) end += joiner.length();
        }
        return finish(end, states, organisation, members, defaultOrganisation);
    }

    private static Subject finish(int end, List<String> states, String organisation, boolean members,
                                  String defaultOrganisation) {
        List<Actor> actors = new ArrayList<>();
        if (members) actors.add(Actor.membersOf(organisation != null ? organisation : defaultOrganisation));
        else for (String s : states) actors.add(Actor.state(s));
        return actors.isEmpty() ? null : new Subject(end, actors);
    }

    private static Mention mentionAt(Annotation doc, int pos) {
        return doc.mentionStartingAt(pos);
    }

}
