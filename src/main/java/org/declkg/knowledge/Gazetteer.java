package org.declkg.knowledge;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Span;

/**
 * The names the extractor knows: states, organisations, their bodies, places, roles and the words
 * that mean "the member states". Finds them in a text by leftmost-longest match.
 */
public final class Gazetteer {
    /** A known entity; its Chinese and English labels; {@code parent} is a body's organisation ("" otherwise). */
    public record Entry(EntityKind kind, String key, String labelZh, String labelEn, String qid, String parent) {
        public Entry(EntityKind kind, String key, String labelZh, String labelEn, String qid) {
            this(kind, key, labelZh, labelEn, qid, "");
        }
    }

    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<Entry, List<String>> namesOf = new HashMap<>();
    private final Map<String, List<String>> groups = new HashMap<>();
    private final Map<String, String> groupOrganisations = new HashMap<>();
    private final Map<String, List<String>> byAbbreviation = new HashMap<>();
    private int longestAbbreviation;
    private final Map<EntityKind, Map<String, Entry>> byKey = new HashMap<>();
    private final AhoCorasickDoubleArrayTrie<Entry> trie = new AhoCorasickDoubleArrayTrie<>();
    private final List<Map.Entry<String, String>> abbreviations;
    /** The abbreviations by position, to pass at once a title that has none (most have none). */
    private final WordIndex<String> abbreviationIndex;

    public Gazetteer(KnowledgeBase kb) {
        // Earlier kinds win when two kinds share a name (科威特 the state before 科威特 the city).
        load(kb, "states.csv", EntityKind.STATE);
        for (Map<String, String> row : kb.rows("states.csv"))
            for (String a : KnowledgeBase.values(row.get("abbrev_zh"))) {
                byAbbreviation.computeIfAbsent(a, k -> new ArrayList<>()).add(row.get("key"));
                longestAbbreviation = Math.max(longestAbbreviation, a.length());
            }
        load(kb, "organisations.csv", EntityKind.ORGANISATION);
        load(kb, "bodies.csv", EntityKind.BODY); // aliases of bodies are looked for only within their organisation
        load(kb, "places.csv", EntityKind.PLACE);
        for (Map<String, String> row : kb.rows("actor-words.csv"))
            add(row.get("word"), new Entry(EntityKind.MEMBERS, row.get("refers_to"), row.get("word"), "", ""));
        load(kb, "roles.csv", EntityKind.ROLE);
        for (Map<String, String> row : kb.rows("state-groups.csv")) {
            Entry e = new Entry(EntityKind.GROUP, row.get("word"), row.get("word"), "", "");
            groups.put(e.key(), KnowledgeBase.values(row.get("states")));
            if (!row.getOrDefault("organisation", "").isEmpty()) groupOrganisations.put(e.key(), row.get("organisation"));
            add(row.get("word"), e);
        }
        trie.build(new TreeMap<>(byName));
        abbreviations = abbreviationsOf(byName);
        Map<String, String> index = new HashMap<>();
        abbreviations.forEach(a -> index.put(a.getKey(), a.getValue()));
        abbreviationIndex = new WordIndex<>(index);
    }

    /** Organisation names that are neither the full name nor part of it, with the full name; longest first. */
    private static List<Map.Entry<String, String>> abbreviationsOf(Map<String, Entry> byName) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        byName.forEach((name, e) -> {
            if (e.kind() == EntityKind.ORGANISATION && !name.equals(e.labelZh()) && !e.labelZh().contains(name))
                out.add(Map.entry(name, e.labelZh()));
        });
        out.sort(Comparator.comparingInt((Map.Entry<String, String> a) -> a.getKey().length()).reversed()
                .thenComparing(Map.Entry::getKey));
        return List.copyOf(out);
    }

    private void load(KnowledgeBase kb, String file, EntityKind kind) {
        for (Map<String, String> row : kb.rows(file)) {
            String key = row.getOrDefault("key", "");
            Entry e = new Entry(kind, key, row.getOrDefault("label_zh", ""), row.getOrDefault("label_en", ""),
                    row.getOrDefault("qid", ""), row.getOrDefault("organisation", ""));
            byKey.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(key, e);
            add(e.labelZh(), e);
            for (String alias : KnowledgeBase.values(row.get("aliases_zh"))) {
                if (kind == EntityKind.BODY) namesOf.computeIfAbsent(e, k -> new ArrayList<>()).add(alias.strip());
                else add(alias, e);
            }
        }
    }

    private void add(String name, Entry e) {
        if (name == null || name.isBlank()) return;
        byName.putIfAbsent(name.strip(), e);
        namesOf.computeIfAbsent(e, k -> new ArrayList<>()).add(name.strip());
    }

    /** The states whose one-word short form this is ("哈" in 中哈, 哈方), in the knowledge base's order. */
    public List<String> statesAbbreviated(String abbreviation) { return byAbbreviation.getOrDefault(abbreviation, List.of()); }

    /** The length of the longest short form of a state. */
    public int longestAbbreviation() { return longestAbbreviation; }

    /** The states a group word stands for ("中亚国家"), in the order the knowledge base lists them. */
    public List<String> statesOf(String groupKey) { return groups.getOrDefault(groupKey, List.of()); }

    /** The organisation whose members a group word stands for ("非方": the African Union's), or null. */
    public String organisationOf(String groupKey) { return groupOrganisations.get(groupKey); }

    /** Every name of an entry (label and aliases), longest first. */
    public List<String> namesOf(Entry e) {
        List<String> names = new ArrayList<>(namesOf.getOrDefault(e, List.of()));
        names.sort((a, b) -> b.length() - a.length());
        return names;
    }

    public Entry entry(EntityKind kind, String key) {
        return byKey.getOrDefault(kind, Map.of()).get(key);
    }

    public Map<String, Entry> entries(EntityKind kind) {
        return Collections.unmodifiableMap(byKey.getOrDefault(kind, Map.of()));
    }

    /** The entity a whole string names, or null. */
    public Entry lookup(String name) { return byName.get(name.strip()); }

    /**
     * Whether a line starts with a subject, so that it is the start of a sentence and no heading: a
     * state, a body, "the member states" ("成员国", "俄罗斯联邦和中国"); a line that opens with an
     * organisation's name only when that is all it says ("金砖国家成员国"), for "金砖国家成立20周年" is a heading.
     */
    public boolean opensWithSubject(String line) {
        List<Mention> found = find(line.length() > 40 ? line.substring(0, 40) : line);
        if (found.isEmpty() || found.get(0).span().begin() != 0) return false;
        EntityKind first = found.get(0).kind();
        if (first == EntityKind.STATE || first == EntityKind.MEMBERS || first == EntityKind.BODY || first == EntityKind.GROUP)
            return true;
        if (first != EntityKind.ORGANISATION) return false;
        int covered = 0;
        for (Mention m : found) {
            if (m.span().begin() != covered || m.kind() == EntityKind.PLACE || m.kind() == EntityKind.ROLE) return false;
            covered = m.span().end();
        }
        return covered == line.length();
    }

    /** Every known name in the text, leftmost-longest, not overlapping. */
    public List<Mention> find(String text) {
        var hits = trie.parseText(text);
        hits.sort((a, b) -> a.begin != b.begin ? Integer.compare(a.begin, b.begin) : Integer.compare(b.end, a.end));
        List<Mention> out = new ArrayList<>();
        int covered = 0;
        for (var h : hits) {
            if (h.begin < covered) continue;
            out.add(new Mention(new Span(h.begin, h.end), h.value.kind(), h.value.key()));
            covered = h.end;
        }
        return out;
    }

    /**
     * Organisation short names and the full name each stands for ("非盟" → its full name), longest first,
     * so that a short name inside a longer one is not written out first.
     */
    public List<Map.Entry<String, String>> abbreviations() { return abbreviations; }

    /** A title with organisation short names written out ("非盟" → its full name), longest first. */
    public String expandAbbreviations(String title) {
        int i = 0;
        while (i < title.length() && abbreviationIndex.at(title, i) == null) i++;
        if (i == title.length()) return title;
        String out = title;
        for (var abbreviation : abbreviations) out = out.replace(abbreviation.getKey(), abbreviation.getValue());
        return out;
    }

    /** All names, for a segmenter's custom dictionary. */
    public Map<String, Entry> names() { return Collections.unmodifiableMap(byName); }
}
