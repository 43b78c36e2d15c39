package org.declkg.knowledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The grammatical words of {@code grammar.csv}, by {@link Role}: what a word does in a sentence, not
 * which word it is. The stages ask for a role ("the conjunctions"), so another language, or another
 * variant of this one, is new rows, not new code.
 */
public final class Grammar {
    /** What a grammatical word does; the role column of {@code grammar.csv} is the lower-case name with dashes. */
    public enum Role {
        /** "the outcome of" words after an event name (会议成果). */
        OUTCOME,
        /** verbs that hold or cause an event (举行). */
        HOSTING,
        /** verbs that hold an event, with its name before or after them (举行, 召开, 进行国事访问). */
        HOLDING,
        /** verbs whose subject is a perpetrator and whose 对-object is a target. */
        ATTACK,
        /** closes an open list (等). */
        LIST_END,
        /** the conjuncts before it share the end of the name from it on (领域). */
        FIELD,
        /** the topic preposition of a proposal's content (关于 X 的倡议). */
        ABOUT,
        /** who proposed (X 提出的 倡议). */
        PROPOSER,
        /** a clause that opens with one speaks of what was just named (该). */
        ANAPHOR,
        /** verbs that open each item of a list of proposals. */
        PROPOSAL_VERB,
        /** verbs that give a state a role in the organisation (给予). */
        GRANT,
        /** the status a grant gives (地位). */
        STATUS,
        /** prepositions that may open a phrase between subject and verb (在…框架内). */
        PREPOSITION,
        /** predicates that only carry the act verb after them (表示支持). */
        LIGHT_VERB,
        /** verbs before a title that are dropped from a welcomed object (通过《X》). */
        ENACTING,
        /** the last word of an organisation's name (组织). */
        ORGANISATION_SUFFIX,
        /** words that make a name generic (相关决议). */
        GENERIC,
        /** words after a place that name part of it (境内). */
        LOCATIVE,
        /** a city name followed by one names the region around it (州). */
        ADMIN_SUFFIX,
        /** joins two nouns or noun phrases (和). */
        CONJUNCTION,
        /** joins two longer phrases, a coarser cut than a conjunction (以及). */
        CLAUSE_CONJUNCTION,
        /** joins two verbs of one subject (并). */
        VERB_CONJUNCTION,
        /** the mark between the items of a list (、). */
        LIST_SEPARATOR,
        /** introduces the object before a circumfix verb or the target of an attack (对 X 表示欢迎). */
        OBJECT_MARKER,
        /** an object that is what was just said (我们对此表示欢迎). */
        OBJECT_PRONOUN,
        /** marks a verb as done (签署了). */
        PERFECTIVE,
        /** links a modifier to its noun (X 的 Y). */
        ATTRIBUTIVE,
        /** where something happens (在 X 举行). */
        PLACE_PREPOSITION,
        /** when something happens (于 DATE). */
        TIME_PREPOSITION,
        /** puts what follows in the future (将). */
        FUTURE,
        /** opens the definition of a short name in parentheses (以下简称). */
        ALIAS_MARKER,
        /** says what its subject is, as a reference work's first sentence does ("《X宣言》是…"). */
        COPULA,
        /** before and after the number of a numbered document (第 2231 号决议). */
        NUMBER_PREFIX, NUMBER_SUFFIX,
        /** the units of a date (年 月 日). */
        YEAR_UNIT, MONTH_UNIT, DAY_UNIT,
        /** between the two ends of a range of dates (至). */
        RANGE_CONNECTOR,
        /** makes the words before it an adverb (一如既往地支持). */
        ADVERBIAL_PARTICLE,
        /** opens a clause before its subject (但, 同时, 为此). */
        CONNECTIVE,
        /** opens a clause naming parts of the object before (包括, 特别是). */
        INCLUSION,
        /** the last word of a prepositional phrase before a verb (在…框架内, 在…基础上). */
        PHRASE_END,
        /** the last word of a place's name (市, 省, 县): "三亚市" is a place even unknown. */
        PLACE_SUFFIX,
        /** the nouns of a meeting's name, which a later "会议" may refer back to (峰会, 外长会). */
        MEETING_NOUN,
        /** after a state's short form, that state's side in a joint statement (哈方). */
        SIDE_SUFFIX,
        /** a region's short form in a joint name, beside the states' (中阿双方, 中非双方). */
        REGION_SHORT_FORM,
        /** the label of "the member states of X" (X 成员国), and of the states a summit names. */
        MEMBERS_LABEL, PARTICIPANTS_LABEL;

        /** The role as written in {@code grammar.csv}. */
        public String id() { return name().toLowerCase().replace('_', '-'); }

        static Role of(String id) { return valueOf(id.toUpperCase().replace('-', '_')); }
    }

    private static final Words NONE = Words.of(List.of());
    private final Map<Role, Words> byRole = new EnumMap<>(Role.class);
    /** Several roles together, as the scans that test every character ask for them. */
    private final Map<List<Role>, Words> combined = new ConcurrentHashMap<>();

    public Grammar(KnowledgeBase kb) {
        Map<Role, List<String>> rows = new EnumMap<>(Role.class);
        for (Map<String, String> row : kb.rows("grammar.csv"))
            rows.computeIfAbsent(Role.of(row.get("role")), r -> new ArrayList<>()).add(row.get("word"));
        rows.forEach((role, words) -> byRole.put(role, Words.of(words)));
    }

    /** Words longest first, and indexed for the scans that test every character. */
    private record Words(List<String> list, WordIndex<String> index) {
        static Words of(List<String> words) {
            List<String> sorted = new ArrayList<>(words);
            sorted.sort((a, b) -> b.length() - a.length());
            Map<String, String> self = new HashMap<>();
            for (String w : sorted) self.put(w, w);
            return new Words(List.copyOf(sorted), new WordIndex<>(self));
        }
    }

    private Words of(Role... roles) {
        if (roles.length == 1) return byRole.getOrDefault(roles[0], NONE);
        return combined.computeIfAbsent(List.of(roles), rs -> {
            List<String> all = new ArrayList<>();
            for (Role r : rs) all.addAll(words(r));
            return Words.of(all);
        });
    }

    /** Words of a role, longest first. */
    public List<String> words(Role role) { return of(role).list(); }

    /** Words of several roles together, longest first. */
    public List<String> words(Role... roles) { return of(roles).list(); }

    /** The one word of a role that has a single word (a label, a unit), or "" when it has none. */
    public String word(Role role) {
        List<String> w = words(role);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    /** Whether {@code word} is a word of the role. */
    public boolean is(Role role, String word) { return words(role).contains(word); }

    /** The longest word of the roles that {@code text} has at {@code pos}, or null. */
    public String at(String text, int pos, Role... roles) { return of(roles).index().at(text, pos); }

    /** Whether {@code text} has a word of the role at {@code pos}. */
    public boolean startsWith(String text, int pos, Role role) {
        return at(text, pos, role) != null;
    }

    /** The longest word of the role that {@code text} ends with, or null. */
    public String suffix(String text, Role role) { return of(role).index().endOf(text); }

    /** A regular-expression alternation of the words of the roles, longest first ("(?:以下简称|以下称)"). */
    public String alternation(Role... roles) {
        return words(roles).stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }
}
