package org.declkg.argument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.declkg.knowledge.KnowledgeBase;

/** The grammatical words of {@code grammar.csv}, by role (outcome, hosting, attack, list-end, about, proposer). */
public final class Grammar {
    private final Map<String, List<String>> byRole = new HashMap<>();

    public Grammar(KnowledgeBase kb) {
        for (Map<String, String> row : kb.rows("grammar.csv"))
            byRole.computeIfAbsent(row.get("role"), r -> new ArrayList<>()).add(row.get("word"));
        byRole.values().forEach(l -> l.sort((a, b) -> b.length() - a.length()));
    }

    /** Words of a role, longest first. */
    public List<String> words(String role) { return byRole.getOrDefault(role, List.of()); }

    /** The longest word of the role that {@code text} ends with, or null. */
    public String suffix(String text, String role) {
        for (String w : words(role)) if (text.endsWith(w)) return w;
        return null;
    }
}
