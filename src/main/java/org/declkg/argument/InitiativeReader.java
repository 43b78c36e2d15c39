package org.declkg.argument;

import org.declkg.knowledge.Grammar.Role;

import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.HeadNouns;

import java.util.ArrayList;
import java.util.List;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.DateMention;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Ref;
import org.declkg.pipeline.Span;

/**
 * Initiatives and proposals: "X 提出的 …倡议" (X proposed it), "关于 … 的建议" (what it proposes), and a
 * list of proposals under one head noun ("关于建立 A 和成立 B 的倡议": two proposals).
 */
final class InitiativeReader {
    private final ObjectText t;
    private final HeadNouns heads;
    private final Grammar grammar;
    /** A list of proposals is cut at commas, clause conjunctions and list marks, then at conjunctions. */
    private final Separators coarser, conjunctions;

    InitiativeReader(ObjectText t, HeadNouns heads, Grammar grammar) {
        this.t = t;
        this.heads = heads;
        this.grammar = grammar;
        List<String> coarse = new ArrayList<>(List.of("，", "；"));
        coarse.addAll(grammar.words(Role.CLAUSE_CONJUNCTION, Role.LIST_SEPARATOR));
        this.coarser = new Separators(coarse);
        this.conjunctions = new Separators(grammar.words(Role.CONJUNCTION));
    }

    /** "[X 提出的] 关于 … 的倡议": one proposal, whatever lists it contains. */
    boolean isProposal(Span part) {
        HeadNouns.Head h = heads.of(t.of(part));
        if (h == null || h.kind() != Argument.Kind.INITIATIVE) return false;
        Span about = aboutClause(part, h);
        return about != null && about.begin() - afterProposer(part) <= 8;
    }

    /** Where the name proper starts: after "X 提出的" or "X 关于"'s X when the text says who proposed it. */
    private int afterProposer(Span name) {
        String s = t.of(name);
        for (String marker : grammar.words(Role.PROPOSER)) {
            int i = s.indexOf(marker);
            if (i > 0) return name.begin() + i + marker.length();
        }
        Mention first = t.doc.mentionStartingAt(name.begin());
        return first != null && first.kind() == EntityKind.STATE ? first.span().end() : name.begin();
    }

    /** "关于 A、B 以及 C 的倡议": one initiative each, "关于 A 的倡议" and so on; null when not a list. */
    List<Argument> proposalList(Span part, Classifier classifier, DocumentReader documents) {
        if (!isProposal(part)) return null;
        HeadNouns.Head h = heads.of(t.of(part));
        Span about = aboutClause(part, h);
        String marker = t.of(new Span(part.begin(), about.begin()));
        List<Span> pieces = new ArrayList<>();
        for (Span coarse : t.cut(about, coarser)) {
            List<Span> fine = t.cut(coarse, conjunctions);
            boolean verbs = fine.stream().skip(1).allMatch(s -> t.startsWithAny(s, grammar.words(Role.PROPOSAL_VERB)));
            pieces.addAll(fine.size() > 1 && verbs ? fine : List.of(coarse));
        }
        if (pieces.size() < 2) return null;
        List<Argument> out = new ArrayList<>();
        for (Span piece : pieces) {
            String named = t.of(piece) + t.attributive + h.noun();
            String label = marker.substring(marker.length() - aboutWord(marker).length()) + named;
            Argument one = initiative(piece, piece, named, h, classifier, documents);
            out.add(new Argument(one.kind(), piece, label, one.typeKey(), null, null, List.of(), List.of(),
                    List.of(), proposer(part), one.mentions(), null));
        }
        return out;
    }

    private String aboutWord(String marker) {
        for (String w : grammar.words(Role.ABOUT)) if (marker.endsWith(w)) return w;
        return "";
    }

    /** An initiative, its proposer, and the titles and events it names. */
    Argument initiative(Span part, Span name, String label, HeadNouns.Head h, Classifier classifier,
                        DocumentReader documents) {
        Ref proposer = proposer(name);
        if (proposer != null) label = withoutProposer(label);
        List<Argument> mentions = new ArrayList<>(documents.titlesIn(name, classifier));
        Span about = aboutClause(name, h);
        if (about != null) {
            Argument inner = classifier.classify(about, null);
            if (inner != null && inner.kind() == Argument.Kind.EVENT) mentions.add(inner);
        }
        DateMention when = proposed(name);
        return new Argument(Argument.Kind.INITIATIVE, part, label, h.type(), when == null ? null : when.start(),
                when == null ? null : when.end(), List.of(), List.of(), List.of(), proposer, mentions, null);
    }

    /** "X 于 DATE 首倡的 …", "DATE X 提出的 …": when the initiative was proposed; or null. */
    private DateMention proposed(Span name) {
        int marker = markerAt(name);
        if (marker < 0) return null;
        DateMention last = null;
        for (DateMention d : t.datesIn(new Span(name.begin(), marker))) last = d;
        return last;
    }

    /** Where the proposer marker ("提出的") of the name starts, or -1. */
    private int markerAt(Span name) {
        String label = t.of(name);
        for (String marker : grammar.words(Role.PROPOSER)) {
            int i = label.indexOf(marker);
            if (i > 0) return name.begin() + i;
        }
        return -1;
    }

    /** "X 提出的 A 和 B": X, who proposed every initiative of the list; or null. */
    Ref leadingProposer(Span list) {
        Mention first = t.doc.mentionStartingAt(list.begin());
        if (first == null || first.kind() != EntityKind.STATE) return null;
        return grammar.words(Role.PROPOSER).stream().anyMatch(w -> t.text.startsWith(w, first.span().end())) ? t.ref(first) : null;
    }

    /** The things of a list, each initiative proposed by {@code proposer} unless it names its own. */
    static List<Argument> proposedBy(List<Argument> things, Ref proposer) {
        if (proposer == null) return things;
        List<Argument> out = new ArrayList<>();
        for (Argument a : things)
            out.add(a.kind() != Argument.Kind.INITIATIVE || a.proposedBy() != null ? a
                    : new Argument(a.kind(), a.span(), a.label(), a.typeKey(), a.start(), a.end(), a.places(),
                            a.perpetrators(), a.targets(), proposer, a.mentions(), a.named()));
        return out;
    }

    /** "X 提出的共建 Y 倡议" → "共建 Y 倡议": the proposer is said by dk:proposedBy, not by the name. */
    private String withoutProposer(String label) {
        for (String marker : grammar.words(Role.PROPOSER)) {
            int i = label.indexOf(marker);
            if (i > 0 && i + marker.length() < label.length()) return label.substring(i + marker.length());
        }
        for (String about : grammar.words(Role.ABOUT)) {
            int i = label.indexOf(about);
            if (i > 0) return label.substring(i); // "X 关于 Y 的建议" → "关于 Y 的建议"
        }
        return label;
    }

    /** "X 提出的 …倡议", "X 关于 … 的建议" → X, a state. */
    private Ref proposer(Span name) {
        String label = t.of(name);
        for (String marker : grammar.words(Role.PROPOSER)) {
            int i = label.indexOf(marker);
            if (i <= 0) continue;
            int end = withoutDate(name.begin() + i);
            for (Mention m : t.mentionsIn(name))
                if (m.span().end() == end && m.kind() == EntityKind.STATE) return t.ref(m);
        }
        Mention first = t.doc.mentionStartingAt(name.begin());
        if (first != null && first.kind() == EntityKind.STATE)
            for (String about : grammar.words(Role.ABOUT))
                if (t.text.startsWith(about, first.span().end())) return t.ref(first);
        return null;
    }

    /** "中方于2013年9月首倡的": where the proposer ends, before the date (and its preposition) that ends at {@code pos}. */
    private int withoutDate(int pos) {
        for (DateMention d : t.datesIn(new Span(Math.max(0, pos - 20), pos)))
            if (d.span().end() == pos) {
                int begin = d.span().begin();
                return t.precededBy(begin, t.timePreposition) ? begin - t.timePreposition.length() : begin;
            }
        return pos;
    }

    /** "关于 X 的倡议" → X. */
    private Span aboutClause(Span name, HeadNouns.Head h) {
        String s = t.of(name);
        for (String about : grammar.words(Role.ABOUT)) {
            int i = s.indexOf(about);
            int end = s.length() - h.noun().length() - (s.endsWith(t.attributive + h.noun()) ? t.attributive.length() : 0);
            if (i >= 0 && i + about.length() < end)
                return new Span(name.begin() + i + about.length(), name.begin() + end);
        }
        return null;
    }
}
