package org.declkg.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.declkg.knowledge.Gazetteer;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.Grammar.Role;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Span;

/**
 * A state's side in a joint statement, written with its short form ("哈方", "塞方"): the state the text
 * names whose short form that is. Short forms are shared ("乌" is Uzbekistan and Ukraine), so a side
 * counts only for a state the text names, or for the one state with that short form.
 */
final class SideFinder {
    private final Gazetteer gazetteer;
    private final List<String> suffixes;

    SideFinder(Gazetteer gazetteer, Grammar grammar) {
        this.gazetteer = gazetteer;
        this.suffixes = grammar.words(Role.SIDE_SUFFIX);
    }

    /** New mentions of sides, given the text's known mentions (which they must not overlap). */
    List<Mention> find(String text, List<Mention> known) {
        Set<String> named = new TreeSet<>();
        for (Mention m : known) if (m.kind() == EntityKind.STATE) named.add(m.key());
        List<Mention> out = new ArrayList<>();
        for (String suffix : suffixes)
            for (int i = text.indexOf(suffix); i >= 0; i = text.indexOf(suffix, i + 1)) {
                Mention side = sideEndingAt(text, i, i + suffix.length(), named);
                if (side != null && known.stream().noneMatch(m -> m.span().overlaps(side.span()))) out.add(side);
            }
        return out;
    }

    private Mention sideEndingAt(String text, int suffixAt, int end, Set<String> named) {
        for (int len = Math.min(gazetteer.longestAbbreviation(), suffixAt); len > 0; len--) {
            String abbreviation = text.substring(suffixAt - len, suffixAt);
            List<String> states = gazetteer.statesAbbreviated(abbreviation);
            List<String> mentioned = states.stream().filter(named::contains).toList();
            String state = mentioned.size() == 1 ? mentioned.get(0) : mentioned.isEmpty() && states.size() == 1 ? states.get(0) : null;
            if (state != null) return new Mention(new Span(suffixAt - len, end), EntityKind.STATE, state);
        }
        return null;
    }
}
