package org.declkg.knowledge;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.pipeline.Argument;

/**
 * The nouns that end a name and say what it names: 协定 (a document, an agreement), 会议 (an event,
 * a meeting), 倡议 (an initiative). Longest suffix wins; initiatives before documents before events.
 */
public final class HeadNouns {
    /** A head noun at the end of a name: what kind of thing, which type. */
    public record Head(String noun, Argument.Kind kind, String type) {}

    private final Map<String, Head> heads = new HashMap<>();
    private final Map<Argument.Kind, Map<String, Head>> byKind = new EnumMap<>(Argument.Kind.class);
    /** Initiative head nouns that, ending a title in 《》, name a document ("《…合作构想》" is a concept paper). */
    private final Map<String, Boolean> titledDocument = new HashMap<>();
    private final WordIndex<Head> bySuffix;
    private final Map<Argument.Kind, WordIndex<Head>> byKindAt = new EnumMap<>(Argument.Kind.class);

    public HeadNouns(KnowledgeBase kb) {
        load(kb, "initiative-types.csv", Argument.Kind.INITIATIVE);
        load(kb, "document-types.csv", Argument.Kind.DOCUMENT);
        load(kb, "event-types.csv", Argument.Kind.EVENT);
        for (Map<String, String> row : kb.rows("initiative-types.csv"))
            titledDocument.put(row.get("head_zh"), "document".equals(row.get("in_title")));
        bySuffix = new WordIndex<>(heads);
        byKind.forEach((kind, ofKind) -> byKindAt.put(kind, new WordIndex<>(ofKind)));
    }

    private void load(KnowledgeBase kb, String file, Argument.Kind kind) {
        for (Map<String, String> row : kb.rows(file)) {
            String noun = row.get("head_zh");
            Head h = new Head(noun, kind, row.get("type"));
            heads.putIfAbsent(noun, h);
            byKind.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(noun, h);
        }
    }

    /** The head noun {@code name} ends with, or null. */
    public Head of(String name) { return bySuffix.endOf(name); }

    /** Whether a line names a document by its head noun ("…峰会宣言"), once a trailing "（全文）" or "[…]" is left aside. */
    public boolean namesDocument(String line) {
        String name = line.strip();
        while (!name.isEmpty() && "）)]】".indexOf(name.charAt(name.length() - 1)) >= 0) {
            int open = Math.max(Math.max(name.lastIndexOf('（'), name.lastIndexOf('(')), Math.max(name.lastIndexOf('['), name.lastIndexOf('【')));
            if (open <= 0) break;
            name = name.substring(0, open).strip();
        }
        Head h = of(name);
        return h != null && h.kind() == Argument.Kind.DOCUMENT;
    }

    /** The head noun of a title written in 《》: as {@link #of}, but a titled concept paper is a document. */
    public Head ofTitle(String title) {
        Head h = of(title);
        if (h == null || h.kind() != Argument.Kind.INITIATIVE || !titledDocument.getOrDefault(h.noun(), false)) return h;
        Head asDocument = byKind.getOrDefault(Argument.Kind.DOCUMENT, Map.of()).get(h.noun());
        return asDocument != null ? asDocument : h;
    }

    /** The longest head noun of a kind that {@code text} starts with at {@code pos}, or null. */
    public Head startingAt(String text, int pos, Argument.Kind kind) {
        WordIndex<Head> ofKind = byKindAt.get(kind);
        return ofKind == null ? null : ofKind.at(text, pos);
    }
}
