package org.declkg.argument;

import java.util.HashMap;
import java.util.Map;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.pipeline.Argument;

/**
 * The nouns that end a name and say what it names: 协定 (a document, an agreement), 会议 (an event,
 * a meeting), 倡议 (an initiative). Longest suffix wins.
 */
public final class HeadNouns {
    /** A head noun at the end of a name: what kind of thing, which type. */
    public record Head(String noun, Argument.Kind kind, String type) {}

    private final Map<String, Head> heads = new HashMap<>();
    private int longest;

    public HeadNouns(KnowledgeBase kb) {
        load(kb, "initiative-types.csv", Argument.Kind.INITIATIVE);
        load(kb, "document-types.csv", Argument.Kind.DOCUMENT);
        load(kb, "event-types.csv", Argument.Kind.EVENT);
    }

    private void load(KnowledgeBase kb, String file, Argument.Kind kind) {
        for (Map<String, String> row : kb.rows(file)) {
            String noun = row.get("head_zh");
            heads.putIfAbsent(noun, new Head(noun, kind, row.get("type")));
            longest = Math.max(longest, noun.length());
        }
    }

    /** The head noun {@code name} ends with, or null. */
    public Head of(String name) {
        for (int len = Math.min(longest, name.length()); len > 0; len--) {
            Head h = heads.get(name.substring(name.length() - len));
            if (h != null) return h;
        }
        return null;
    }
}
