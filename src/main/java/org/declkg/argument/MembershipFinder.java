package org.declkg.argument;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Layer;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.MembershipStatement;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Span;
import org.declkg.pipeline.Stage;

/**
 * Roles the text gives: a state, then a grant verb, then a role of the organisation
 * ("给予 X 本组织对话伙伴地位", "X 成为正式成员国").
 */
public final class MembershipFinder implements Stage {
    private final List<String> grants;

    public MembershipFinder(Grammar grammar) { this.grants = grammar.words("grant"); }

    @Override
    public Set<Layer> requires() { return EnumSet.of(Layer.SENTENCES, Layer.MENTIONS, Layer.HEADER); }

    @Override
    public Set<Layer> provides() { return EnumSet.of(Layer.ARGUMENTS); }

    @Override
    public void annotate(Annotation doc) {
        String defaultOrganisation = doc.header().organisationKey();
        for (Sentence s : doc.sentences()) {
            List<Mention> mentions = doc.mentionsIn(s.span());
            for (int i = 0; i < mentions.size(); i++) {
                Mention role = mentions.get(i);
                if (role.kind() != EntityKind.ROLE) continue;
                Mention state = null;
                String organisation = defaultOrganisation;
                for (int j = i - 1; j >= 0 && state == null; j--) {
                    Mention m = mentions.get(j);
                    if (m.kind() == EntityKind.STATE) state = m;
                    else if (m.kind() == EntityKind.ORGANISATION) organisation = m.key();
                }
                if (state == null || organisation == null) continue;
                String between = doc.text().substring(s.span().begin(), role.span().begin());
                if (grants.stream().noneMatch(between::contains)) continue;
                doc.memberships().add(new MembershipStatement(state.key(), organisation, role.key(),
                        new Span(state.span().begin(), role.span().end())));
            }
        }
    }
}
