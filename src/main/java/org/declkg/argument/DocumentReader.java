package org.declkg.argument;

import org.declkg.knowledge.Grammar.Role;
import org.declkg.knowledge.HeadNouns;
import org.declkg.pipeline.DateMention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Span;
import org.declkg.knowledge.Brackets;

/**
 * Documents: a title in 《》 (with the date and place of its parenthesis, or a date written before it),
 * and a document named by its number ("安理会第2231（2015）号决议").
 */
final class DocumentReader {
    private static final Pattern YEAR_IN_NUMBER = Pattern.compile("（(\\d{4})）");
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("（[^（）]*）$");
    /** The longest name read as an unquoted document; longer ones are clauses. */
    private static final int MAX_UNQUOTED = 40;

    private final ObjectText t;
    private final HeadNouns heads;

    private final DocumentNumber number;

    DocumentReader(ObjectText t, HeadNouns heads) {
        this.t = t;
        this.heads = heads;
        this.number = new DocumentNumber(t.grammar);
    }

    /** A document (or initiative) named by the title starting at {@code open}, with its parenthesis. */
    Argument titled(int open, Classifier classifier) {
        String text = t.text;
        int close = Brackets.closing(text, open, text.length());
        if (close < 0) return null;
        int end = close + 1;
        if (end < text.length() && text.charAt(end) == '（') {
            int pc = Brackets.closing(text, end, text.length());
            if (pc > 0) end = pc + 1;
        }
        Argument a = classifier.classify(new Span(open, end), null);
        return a == null || a.start() != null ? a : withDate(a, dateBefore(open));
    }

    /** Every title inside a span. */
    List<Argument> titlesIn(Span s, Classifier classifier) {
        String text = t.text;
        List<Argument> out = new ArrayList<>();
        for (int i = text.indexOf('《', s.begin()); i >= 0 && i < s.end(); i = text.indexOf('《', i + 1)) {
            int close = Brackets.closing(text, i, s.end());
            if (close < 0) break;
            Argument a = titled(i, classifier);
            if (a != null) out.add(a);
            i = close;
        }
        return out;
    }

    /**
     * "“加强某领域合作”决议": a document named by the quoted title that opens at {@code open}, typed by the
     * head noun right after the closing quote or, failing that, by the head noun the quoted name ends
     * with ("“某某行为准则”"); null when there is none.
     */
    Argument quoted(int open) {
        String text = t.text;
        int close = Brackets.closing(text, open, text.length());
        if (close < 0 || close - open < 3) return null;
        HeadNouns.Head h = heads.startingAt(text, close + 1, Argument.Kind.DOCUMENT);
        Span whole = h == null ? null : new Span(open, close + 1 + h.noun().length());
        if (h == null) { // "“南海行为准则”": a quoted name that ends with a document's head noun
            HeadNouns.Head inner = heads.of(text.substring(open + 1, close));
            if (inner == null || inner.kind() != Argument.Kind.DOCUMENT || inner.noun().length() == close - open - 1) return null;
            h = inner;
            whole = new Span(open, close + 1);
        }
        return new Argument(Argument.Kind.DOCUMENT, whole, text.substring(open + 1, close), h.type(), null, null,
                List.of(), List.of(), List.of(), null, List.of(), null);
    }

    /** "1972年签署的《X》": the date of a document written just before it. */
    private DateMention dateBefore(int open) {
        for (DateMention d : t.datesIn(new Span(Math.max(0, open - 24), open))) {
            String between = t.text.substring(d.span().end(), open);
            if (between.endsWith(t.attributive) && between.length() <= 4) return d;
        }
        return null;
    }

    static Argument withDate(Argument a, DateMention d) {
        if (d == null) return a;
        return new Argument(a.kind(), a.span(), a.label(), a.typeKey(), d.start(), d.end(), a.places(),
                a.perpetrators(), a.targets(), a.proposedBy(), a.mentions(), a.named());
    }

    /** "安理会第2231（2015）号决议": a document named by its number, dated by the year in the parenthesis. */
    Argument numbered(Span s) {
        HeadNouns.Head h = null;
        while (s.length() > 1 && (h = heads.of(t.of(s))) == null) s = new Span(s.begin(), s.end() - 1);
        if (h == null || h.kind() != Argument.Kind.DOCUMENT) return null;
        Span name = s;
        for (Mention m : t.mentionsIn(new Span(Math.max(0, s.begin() - 12), s.begin())))
            if (m.span().end() == s.begin() && m.kind() == EntityKind.ORGANISATION) name = new Span(m.span().begin(), s.end());
        Argument a = new Argument(Argument.Kind.DOCUMENT, name, t.of(name), h.type(), null, null, List.of(),
                List.of(), List.of(), null, List.of(), null);
        Matcher year = YEAR_IN_NUMBER.matcher(t.of(s));
        if (!year.find()) return a;
        return withDate(a, new DateMention(s, DateValue.ofYear(Integer.parseInt(year.group(1))), null));
    }

    /** "《T》" alone, or "…《T》的决议": a document titled T (an initiative when T ends in 倡议); else null. */
    Argument wholeTitle(Span part, String label, Parenthetical info) {
        if (!label.endsWith("》")) {
            HeadNouns.Head h = heads.of(label);
            int close = label.lastIndexOf('》');
            if (h == null || h.kind() != Argument.Kind.DOCUMENT || close < 0) return null;
            String between = label.substring(close + 1, label.length() - h.noun().length());
            if (!between.isEmpty() && !between.equals(t.attributive)) return null;
            int open = label.lastIndexOf('《', close);
            if (open < 0) return null;
            return new Argument(Argument.Kind.DOCUMENT, part, label.substring(open + 1, close), h.type(),
                    info.start(), info.end(), ObjectText.placeList(info.place()), List.of(), List.of(), null, List.of(), null);
        }
        if (!label.startsWith("《") || Brackets.closing(label, 0, label.length()) != label.length() - 1) return null;
        String title = label.substring(1, label.length() - 1);
        HeadNouns.Head h = heads.ofTitle(TRAILING_PARENTHESIS.matcher(title).replaceAll(""));
        Argument.Kind kind = h != null && h.kind() == Argument.Kind.INITIATIVE ? Argument.Kind.INITIATIVE
                : Argument.Kind.DOCUMENT;
        String type = h != null && h.kind() == kind ? h.type() : null;
        return new Argument(kind, part, title, type, info.start(), info.end(), ObjectText.placeList(info.place()),
                List.of(), List.of(), null, List.of(), null);
    }

    /**
     * An unquoted document: named by its number ("安理会第2254号决议"), by its subject ("关于预算的决议"),
     * or by the organisation or state it belongs to ("东盟成员国海关合作协定"); else null.
     */
    Argument unquoted(Span part, String label, HeadNouns.Head h, Parenthetical info) {
        if (label.contains("《")) return null;
        if (!number.numbers(label) && !namedLikeADocument(part, label, h)) return null;
        return new Argument(Argument.Kind.DOCUMENT, part, label, h.type(), info.start(), info.end(),
                ObjectText.placeList(info.place()), List.of(), List.of(), null, List.of(), null);
    }

    private boolean namedLikeADocument(Span part, String label, HeadNouns.Head h) {
        if (label.length() > MAX_UNQUOTED || label.contains("，") || label.equals(h.noun())) return false;
        if (t.grammar.words(Role.HOSTING, Role.PROPOSAL_VERB, Role.ENACTING, Role.ATTACK, Role.GENERIC).stream()
                .anyMatch(label::contains)) return false;
        String body = label.substring(0, label.length() - h.noun().length());
        boolean about = body.endsWith(t.attributive) && t.grammar.words(Role.ABOUT).stream().anyMatch(body::contains);
        if (about && t.grammar.words(Role.ABOUT).stream().anyMatch(body::startsWith)) return true;
        Mention first = t.doc.mentionStartingAt(part.begin());
        boolean owned = first != null && first.kind() != EntityKind.PLACE && first.kind() != EntityKind.ROLE
                && first.span().end() < part.begin() + body.length();
        // "某组织秘书长关于…的报告": an owner, then what the document is about
        return owned && (about || !body.contains(t.attributive));
    }
}
