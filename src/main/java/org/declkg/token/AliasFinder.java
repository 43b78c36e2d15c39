package org.declkg.token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.Grammar.Role;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Span;

/**
 * Short names a text defines for itself: "X（以下称“A”或“B”）" makes A and B mean X for the rest of it.
 */
final class AliasFinder {
    private static final Pattern QUOTED = Pattern.compile("“([^”]{1,20})”");
    private final Pattern definition;

    AliasFinder(Grammar grammar) {
        this.definition = Pattern.compile("（" + grammar.alternation(Role.ALIAS_MARKER) + "([^）]{1,60})）");
    }

    /** New mentions of aliases, given the gazetteer's mentions (which they must not overlap). */
    List<Mention> find(String text, List<Mention> known) {
        List<Mention> out = new ArrayList<>();
        Matcher def = definition.matcher(text);
        while (def.find()) {
            Mention named = endingAt(known, def.start());
            if (named == null) continue;
            Matcher q = QUOTED.matcher(def.group(1));
            while (q.find()) {
                String alias = q.group(1);
                for (int i = text.indexOf(alias, def.end()); i >= 0; i = text.indexOf(alias, i + alias.length())) {
                    Span s = new Span(i, i + alias.length());
                    if (known.stream().noneMatch(m -> m.span().overlaps(s)))
                        out.add(new Mention(s, named.kind(), named.key()));
                }
            }
        }
        return out;
    }

    private static Mention endingAt(List<Mention> mentions, int end) {
        for (Mention m : mentions) if (m.span().end() == end) return m;
        return null;
    }
}
