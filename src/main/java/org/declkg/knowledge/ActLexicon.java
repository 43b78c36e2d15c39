package org.declkg.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.declkg.knowledge.KnowledgeBase;

/**
 * The verbs of diplomatic Chinese and the act each one performs ({@code act-verbs.csv}), and the
 * adverbs that may stand between a subject and its verb ({@code modifiers.csv}).
 */
public final class ActLexicon {
    public enum Form { PREFIX, CIRCUMFIX }

    /**
     * A verb; {@code actClass} is null for a predicate that opens a clause without being one of our acts.
     * A perfective verb reports something done at this meeting and counts only when marked as done.
     * A chaining verb lets the act verb right after it be an act of its own ("重申支持").
     */
    public record Verb(String surface, String actClass, Form form, boolean perfective, boolean chains, boolean generic) {
        /** One of the specific acts (supports, condemns…): it may chain with the act verbs after it. */
        public boolean isAct() { return actClass != null && !generic; }

        /** Reported as an act of the declaration: a specific act, or a generic statement (认为, 决定). */
        public boolean reported() { return actClass != null; }
    }

    /** An adverb: whether it denies the verb, opens a new predicate after a comma, or puts the verb in the future. */
    public record Modifier(String word, boolean negation, boolean opensPredicate, boolean future) {}

    private final List<Verb> circumfix = new ArrayList<>();
    private final WordIndex<Verb> prefix;
    private final WordIndex<Modifier> modifiers;

    public ActLexicon(KnowledgeBase kb, ActClasses classes) {
        Map<String, Verb> prefixVerbs = new HashMap<>();
        for (Map<String, String> row : kb.rows("act-verbs.csv")) {
            String act = row.get("act");
            if (act != null && !act.isBlank() && classes.named(act) == null)
                throw new IllegalArgumentException("act-verbs.csv: " + row.get("verb") + " names no act class of the ontology: " + act);
            Form form = "circumfix".equals(row.get("form")) ? Form.CIRCUMFIX : Form.PREFIX;
            boolean generic = act != null && !act.isBlank() && classes.named(act).generic();
            Verb v = new Verb(row.get("verb"), act == null || act.isBlank() ? null : act, form,
                    "perfective".equals(row.get("needs")), yes(row.get("chain")), generic);
            if (form == Form.CIRCUMFIX) circumfix.add(v);
            else prefixVerbs.put(v.surface(), v);
        }
        prefix = new WordIndex<>(prefixVerbs);
        circumfix.sort((a, b) -> b.surface().length() - a.surface().length());
        Map<String, Modifier> modifierWords = new HashMap<>();
        for (Map<String, String> row : kb.rows("modifiers.csv")) {
            Modifier m = new Modifier(row.get("word"), yes(row.get("negation")),
                    !"no".equals(row.get("opens_predicate")), yes(row.get("future")));
            modifierWords.put(m.word(), m);
        }
        modifiers = new WordIndex<>(modifierWords);
    }

    private static boolean yes(String cell) { return "yes".equals(cell); }

    /** The longest prefix-form verb starting at {@code pos}, or null. */
    public Verb verbAt(String text, int pos) { return prefix.at(text, pos); }

    /** The circumfix verb that ends exactly at {@code end}, or null. */
    public Verb circumfixEndingAt(String text, int end) {
        for (Verb v : circumfix) {
            int b = end - v.surface().length();
            if (b >= 0 && text.startsWith(v.surface(), b)) return v;
        }
        return null;
    }

    /** The longest modifier starting at {@code pos}, or null. */
    public Modifier modifierAt(String text, int pos) { return modifiers.at(text, pos); }
}
