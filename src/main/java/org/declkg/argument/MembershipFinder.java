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

    private static boolean isJoiner(String between) {
        return between.equals("、") || between.equals("和") || between.equals("及") || between.equals("与");
    }

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
                if (role.kind() != EntityKind.ROLE || grants.stream().noneMatch(doc.cover(s.span())::contains)) continue;
                String organisation = defaultOrganisation;
                int j = i - 1;
                while (j >= 0 && mentions.get(j).kind() != EntityKind.STATE) {
                    if (mentions.get(j).kind() == EntityKind.ORGANISATION) organisation = mentions.get(j).key();
                    j--;
                }
                if (organisation == null) continue;
                // "A、B和C作为正式成员": every state of the list before the role
                for (int end = -1; j >= 0 && mentions.get(j).kind() == EntityKind.STATE; j--) {
                    Mention state = mentions.get(j);
                    if (end >= 0 && !isJoiner(doc.text().substring(state.span().end(), end))) break;
                    doc.memberships().add(new MembershipStatement(state.key(), organisation, role.key(),
                            new Span(state.span().begin(), role.span().end())));
                    end = state.span().begin();
                }
            }
        }
    }
}
