package org.declkg.argument;

import org.declkg.knowledge.Grammar.Role;

import org.declkg.knowledge.DateParser;
import org.declkg.knowledge.Grammar;
import org.declkg.pipeline.DateMention;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Layer;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.MembershipStatement;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Span;
import org.declkg.pipeline.Stage;
import org.declkg.knowledge.Gazetteer;

/**
 * Roles the text gives: a state, then a grant verb, then a role of the organisation
 * ("给予 X 本组织对话伙伴地位", "X 成为正式成员国"); and a role word followed by the states that hold
 * it ("本组织成员国 A、B 和 C 领导人").
 */
public final class MembershipFinder implements Stage {
    private final List<String> grants;
    private final List<String> statuses;
    private final Gazetteer gazetteer;
    private final Grammar grammar;
    private final DateParser dates;

    public MembershipFinder(Grammar grammar, Gazetteer gazetteer, DateParser dates) {
        this.grammar = grammar;
        this.dates = dates;
        this.grants = grammar.words(Role.GRANT);
        this.statuses = grammar.words(Role.STATUS);
        this.gazetteer = gazetteer;
    }

    private boolean isJoiner(String between) {
        return grammar.is(Role.LIST_SEPARATOR, between) || grammar.is(Role.CONJUNCTION, between);
    }

    @Override
    public Set<Layer> requires() { return EnumSet.of(Layer.TEXT, Layer.SENTENCES, Layer.MENTIONS, Layer.HEADER); }

    @Override
    public Set<Layer> provides() { return EnumSet.of(Layer.MEMBERSHIPS); }

    @Override
    public void annotate(Annotation doc) {
        String defaultOrganisation = doc.header().organisationKey();
        for (Sentence s : doc.sentences()) {
            List<Mention> mentions = doc.mentionsIn(s.span());
            boolean granting = grants.stream().anyMatch(doc.cover(s.span())::contains);
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                String roleBefore = roleNamedBy(doc, m);
                if (roleBefore != null && defaultOrganisation != null)
                    statesAfter(doc, mentions, i, defaultOrganisation, roleBefore);
                if (granting && (m.kind() == EntityKind.ROLE || roleBefore != null && grantedJustBefore(doc, mentions, i)))
                    statesBefore(doc, mentions, i, defaultOrganisation, roleBefore);
            }
        }
    }

    /**
     * "X 成为本组织成员国", "给予 X 本组织成员国地位": a grant verb between the nearest state before and
     * the role word, or right before that state.
     */
    private boolean grantedJustBefore(Annotation doc, List<Mention> mentions, int roleIndex) {
        String text = doc.text();
        Span role = mentions.get(roleIndex).span();
        boolean status = statuses.stream().anyMatch(w -> text.startsWith(w, role.end()));
        for (int j = roleIndex - 1; j >= 0; j--) {
            Span state = mentions.get(j).span();
            if (mentions.get(j).kind() != EntityKind.STATE) continue;
            String between = text.substring(state.end(), role.begin());
            String before = text.substring(Math.max(0, state.begin() - 2), state.begin());
            return grants.stream().anyMatch(g -> between.contains(g) || status && before.endsWith(g));
        }
        return false;
    }

    /** "A、B和C作为正式成员": every state of the list before the role. */
    private void statesBefore(Annotation doc, List<Mention> mentions, int roleIndex, String defaultOrganisation,
                              String roleKey) {
        Mention role = mentions.get(roleIndex);
        String organisation = defaultOrganisation;
        int j = roleIndex - 1;
        while (j >= 0 && mentions.get(j).kind() != EntityKind.STATE) {
            if (mentions.get(j).kind() == EntityKind.ORGANISATION) organisation = mentions.get(j).key();
            j--;
        }
        if (organisation == null || j < 0) return;
        DateValue since = dateBetween(doc, mentions.get(j).span().end(), role.span().begin());
        for (int end = -1; j >= 0 && mentions.get(j).kind() == EntityKind.STATE; j--) {
            Mention state = mentions.get(j);
            if (end >= 0 && !isJoiner(doc.text().substring(state.span().end(), end))) break;
            doc.memberships().add(new MembershipStatement(state.key(), organisation, roleKey, since,
                    new Span(state.span().begin(), role.span().end())));
            end = state.span().begin();
        }
    }

    /** "成员国A、B和C": the states of the list that starts right after the role word. */
    private void statesAfter(Annotation doc, List<Mention> mentions, int roleIndex, String organisation,
                                    String roleKey) {
        Mention role = mentions.get(roleIndex);
        int end = role.span().end();
        for (int j = roleIndex + 1; j < mentions.size(); j++) {
            Mention state = mentions.get(j);
            String between = doc.text().substring(end, state.span().begin());
            if (state.kind() != EntityKind.STATE || !(j == roleIndex + 1 ? between.isEmpty() : isJoiner(between))) break;
            doc.memberships().add(new MembershipStatement(state.key(), organisation, roleKey, null,
                    new Span(role.span().begin(), state.span().end())));
            end = state.span().end();
        }
    }

    /** "A自2024年1月1日起成为正式成员": a full date between the states and their role, or null. */
    private DateValue dateBetween(Annotation doc, int from, int to) {
        if (to <= from) return null;
        for (DateMention d : dates.parse(doc.text().substring(from, to), from))
            if (d.end() == null) return d.start();
        return null;
    }

    /** The role a mention names when it is a role word ("观察员国") or ends with one ("本组织成员国"), or null. */
    private String roleNamedBy(Annotation doc, Mention m) {
        if (m.kind() == EntityKind.ROLE) return m.key();
        if (m.kind() != EntityKind.MEMBERS) return null;
        String surface = doc.cover(m.span());
        for (Gazetteer.Entry role : gazetteer.entries(EntityKind.ROLE).values())
            if (surface.endsWith(role.labelZh())) return role.key();
        return null;
    }
}
