package org.declkg.argument;

import org.declkg.knowledge.Grammar.Role;

import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.HeadNouns;

import java.util.List;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Ref;
import org.declkg.pipeline.Span;
import org.declkg.knowledge.Brackets;

/**
 * Reads the object of a statement into the things it names: a list of things, one thing (a document,
 * event, initiative, state or organisation), or else the object as one proposition.
 */
final class ObjectReader implements Classifier {
    private final ObjectText t;
    private final HeadNouns heads;
    private final Grammar grammar;
    private final DocumentReader documents;
    private final EventReader events;
    private final InitiativeReader initiatives;
    private final ListSplitter lists;

    ObjectReader(ObjectText t, HeadNouns heads, Grammar grammar) {
        this.t = t;
        this.heads = heads;
        this.grammar = grammar;
        this.documents = new DocumentReader(t, heads);
        this.events = new EventReader(t, grammar);
        this.initiatives = new InitiativeReader(t, heads, grammar);
        this.lists = new ListSplitter(t, heads, this, this::proposition);
    }

    /** The things an object names, or the object as one proposition. */
    List<Argument> read(Span object) {
        Span list = stripListEnd(t.stripSuffix(stripEnacting(object), Role.OUTCOME));
        Ref proposer = initiatives.leadingProposer(list); // "X 提出的 A 和 B": X proposed both
        List<Argument> whole = lists.splitWhole(list); // "关于A的建议和X提出的关于B的倡议": two proposals
        if (whole != null) return InitiativeReader.proposedBy(whole, proposer);
        List<Argument> proposals = initiatives.proposalList(list, this, documents);
        if (proposals != null) return proposals;
        if (initiatives.isProposal(list)) return List.of(classify(list, null));
        List<Argument> things = lists.split(list, 0);
        if (things != null) return InitiativeReader.proposedBy(things, proposer);
        Argument one = classify(list, null);
        if (one != null) return List.of(one);
        return List.of(proposition(object));
    }

    /** A document or initiative named by the title that opens at {@code open}. */
    Argument titled(int open) { return documents.titled(open, this); }

    /** A document named by a quoted title and a head noun ("“某某合作”决议"), or null. */
    Argument quoted(int open) { return documents.quoted(open); }

    /** A document named by its number ("第2231（2015）号决议"). */
    Argument numbered(Span s) { return documents.numbered(s); }

    private Argument proposition(Span s) {
        return Argument.of(Argument.Kind.PROPOSITION, s, t.of(s), null, documents.titlesIn(s, this));
    }

    @Override
    public Argument classify(Span part, String tail) {
        Span core = t.stripSuffix(part, Role.OUTCOME);
        Span paren = t.trailingParen(core);
        Span name = paren != null ? new Span(core.begin(), paren.begin()) : core;
        String label = t.of(name) + (tail == null ? "" : tail);
        Parenthetical info = paren != null ? Parenthetical.read(t, paren) : Parenthetical.NONE;

        Argument titled = documents.wholeTitle(part, label, info);
        if (titled != null) return titled;
        Mention whole = wholeMention(name);
        if (whole != null && tail == null) return Argument.named(part, t.ref(whole));
        HeadNouns.Head h = heads.of(label);
        if (h == null && label.startsWith("“") && Brackets.closing(label, 0, label.length()) == label.length() - 1)
            h = heads.of(label.substring(1, label.length() - 1)); // "“亚洲文明对话大会”": the head is inside the quotes
        if (h == null || refersBack(label, h)) return null;
        return switch (h.kind()) {
            case INITIATIVE -> initiatives.initiative(part, name, label, h, this, documents);
            case DOCUMENT -> documents.unquoted(part, label, h, info);
            case EVENT -> events.event(part, name, label, h, info, paren != null, documents.titlesIn(name, this));
            default -> null;
        };
    }

    /** The state or organisation a span consists of, or null. */
    private Mention wholeMention(Span s) {
        Mention m = t.doc.mentionStartingAt(s.begin());
        boolean named = m != null && m.span().end() == s.end()
                && (m.kind() == EntityKind.STATE || m.kind() == EntityKind.ORGANISATION);
        return named ? m : null;
    }

    /** "该会议": the head noun after an anaphor names something already named. */
    private boolean refersBack(String label, HeadNouns.Head h) {
        String before = label.substring(0, label.length() - h.noun().length());
        return grammar.words(Role.ANAPHOR).stream().anyMatch(before::endsWith);
    }

    /**
     * "通过《X》" → "《X》", "在本次会议期间签署《X》" → "《X》": welcoming the adoption of a document is
     * about the document; a setting opened by a preposition before the verb goes with it.
     */
    private Span stripEnacting(Span s) {
        int title = t.text.indexOf('《', s.begin());
        if (title < 0 || title >= s.end()) return s;
        boolean setting = grammar.words(Role.PREPOSITION).stream().anyMatch(p -> t.text.startsWith(p, s.begin()));
        for (String w : grammar.words(Role.ENACTING)) {
            int verb = title - w.length();
            if (verb >= s.begin() && t.text.startsWith(w, verb) && (verb == s.begin() || setting))
                return new Span(title, s.end());
        }
        return s;
    }

    /**
     * "A、B等活动" → "A、B", "《A》等文件" → "《A》": the list-end word and the short noun after it, when
     * what stands before is a list or names a thing.
     */
    private Span stripListEnd(Span s) {
        String str = t.of(s);
        for (String w : grammar.words(Role.LIST_END)) {
            int i = str.lastIndexOf(w);
            if (i <= 0 || str.length() - i > w.length() + 4) continue;
            Span before = new Span(s.begin(), s.begin() + i);
            boolean list = str.substring(0, i).contains("、");
            if (list || str.length() > i + w.length() && classify(before, null) != null) return before;
        }
        return s;
    }
}
