package org.declkg.argument;

import java.util.ArrayList;
import java.util.List;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Ref;
import org.declkg.pipeline.Span;
import org.declkg.sentence.Brackets;
import org.declkg.token.Gazetteer;

/**
 * Reads the object of a statement into the things it names. A list ("A、B和C") is cut into its
 * conjuncts when every conjunct names a thing; otherwise the object is one thing, or a proposition.
 */
final class ObjectReader {
    /** List separators, coarsest first; a level is tried only when the coarser ones gave nothing. */
    private static final List<List<String>> LEVELS = List.of(
            List.of("，", "；"), List.of("以及"), List.of("、"), List.of("和", "及", "与"));

    private final Annotation doc;
    private final String text;
    private final List<DateMention> dates;
    private final HeadNouns heads;
    private final Grammar grammar;
    private final Gazetteer gazetteer;

    ObjectReader(Annotation doc, List<DateMention> dates, HeadNouns heads, Grammar grammar, Gazetteer gazetteer) {
        this.doc = doc;
        this.text = doc.text();
        this.dates = dates;
        this.heads = heads;
        this.grammar = grammar;
        this.gazetteer = gazetteer;
    }

    /** The things an object names, or the object as one proposition. */
    List<Argument> read(Span object) {
        Span list = stripListEnd(stripSuffix(stripEnacting(object), "outcome"));
        List<Argument> proposals = proposalList(list);
        if (proposals != null) return proposals;
        if (isProposal(list)) return List.of(classify(list, null));
        List<Argument> things = split(list, 0);
        if (things != null) return things;
        Argument one = classify(list, null);
        if (one != null) return List.of(one);
        return List.of(proposition(object));
    }

    private Argument proposition(Span s) {
        return Argument.of(Argument.Kind.PROPOSITION, s, text(s), null, titlesIn(s));
    }

    /** "[X] 关于 … 的倡议": one proposal, whatever lists it contains. */
    private boolean isProposal(Span part) {
        HeadNouns.Head h = heads.of(text(part));
        if (h == null || h.kind() != Argument.Kind.INITIATIVE) return false;
        Span about = aboutClause(part, h);
        return about != null && about.begin() - part.begin() <= 8;
    }

    /** "关于 A、B 以及 C 的倡议": one initiative each, "关于 A 的倡议" and so on. */
    private List<Argument> proposalList(Span part) {
        if (!isProposal(part)) return null;
        HeadNouns.Head h = heads.of(text(part));
        Span about = aboutClause(part, h);
        String marker = text(new Span(part.begin(), about.begin()));
        List<Span> pieces = new ArrayList<>();
        for (Span coarse : cut(about, List.of("，", "；", "以及", "、"))) {
            List<Span> fine = cut(coarse, LEVELS.get(LEVELS.size() - 1));
            boolean verbs = fine.stream().skip(1).allMatch(s -> startsWithAny(s, grammar.words("proposal-verb")));
            pieces.addAll(fine.size() > 1 && verbs ? fine : List.of(coarse));
        }
        if (pieces.size() < 2) return null;
        List<Argument> out = new ArrayList<>();
        for (Span piece : pieces) {
            String label = marker.substring(marker.length() - aboutWord(marker).length()) + text(piece) + "的" + h.noun();
            Argument one = initiative(piece, piece, text(piece) + "的" + h.noun(), h);
            out.add(new Argument(one.kind(), piece, label, one.typeKey(), null, null, List.of(), List.of(),
                    List.of(), proposer(part, h), one.mentions(), null));
        }
        return out;
    }

    private boolean startsWithAny(Span s, List<String> words) {
        return words.stream().anyMatch(w -> text.startsWith(w, s.begin()));
    }

    private String aboutWord(String marker) {
        for (String w : grammar.words("about")) if (marker.endsWith(w)) return w;
        return "";
    }

    /** A document (or initiative) named by the title starting at {@code open}, with its parenthesis. */
    Argument titled(int open) {
        int close = Brackets.closing(text, open, text.length());
        if (close < 0) return null;
        int end = close + 1;
        if (end < text.length() && text.charAt(end) == '（') {
            int pc = Brackets.closing(text, end, text.length());
            if (pc > 0) end = pc + 1;
        }
        Argument a = classify(new Span(open, end), null);
        return a == null || a.start() != null ? a : withDate(a, dateBefore(open));
    }

    /** "1972年签署的《X》": the date of a document written just before it. */
    private DateMention dateBefore(int open) {
        for (DateMention d : datesIn(new Span(Math.max(0, open - 24), open))) {
            String between = text.substring(d.span().end(), open);
            if (between.endsWith("的") && between.length() <= 4) return d;
        }
        return null;
    }

    private static Argument withDate(Argument a, DateMention d) {
        if (d == null) return a;
        return new Argument(a.kind(), a.span(), a.label(), a.typeKey(), d.start(), d.end(), a.places(),
                a.perpetrators(), a.targets(), a.proposedBy(), a.mentions(), a.named());
    }

    /** "安理会第2231（2015）号决议": a document named by its number, dated by the year in the parenthesis. */
    Argument numbered(Span s) {
        HeadNouns.Head h = null;
        while (s.length() > 1 && (h = heads.of(text(s))) == null) s = new Span(s.begin(), s.end() - 1);
        if (h == null || h.kind() != Argument.Kind.DOCUMENT) return null;
        Span name = s;
        for (Mention m : doc.mentionsIn(new Span(Math.max(0, s.begin() - 12), s.begin())))
            if (m.span().end() == s.begin() && m.kind() == EntityKind.ORGANISATION) name = new Span(m.span().begin(), s.end());
        List<DateMention> inner = new ArrayList<>();
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("（(\\d{4})）").matcher(text(s));
        if (year.find()) inner.add(new DateMention(s, DateValue.ofYear(Integer.parseInt(year.group(1))), null));
        Argument a = new Argument(Argument.Kind.DOCUMENT, name, text(name), h.type(), null, null, List.of(),
                List.of(), List.of(), null, List.of(), null);
        return inner.isEmpty() ? a : withDate(a, inner.get(0));
    }

    private List<Argument> split(Span part, int level) {
        for (int l = level; l < LEVELS.size(); l++) {
            List<Span> pieces = cut(part, LEVELS.get(l));
            if (pieces.size() < 2) continue;
            List<Argument> out = conjuncts(pieces, l);
            if (out != null) return out;
        }
        return null;
    }

    /**
     * Each piece as a thing (sharing the last piece's head noun where they lack one), or null. At the
     * clause-like levels (commas, 以及) a piece that names nothing stays a proposition of its own.
     */
    private List<Argument> conjuncts(List<Span> pieces, int level) {
        Span last = pieces.get(pieces.size() - 1);
        String tail = sharedTail(stripSuffix(last, "outcome"));
        List<Argument> out = new ArrayList<>();
        boolean clauses = LEVELS.get(level).contains("以及");
        int named = 0, bare = 0;
        for (Span piece : pieces) {
            Argument a = classify(piece, null);
            if (a == null && tail != null && piece != last && isSpecific(piece)) a = classify(piece, tail);
            if (a == null) {
                List<Argument> finer = split(piece, level + 1); // "《A》、《B》和《C》"
                if (finer != null) {
                    out.addAll(finer);
                    named++;
                    continue;
                }
            }
            if (a == null && clauses && piece.length() >= 6) {
                out.add(proposition(piece));
                continue;
            }
            if (a == null) return null;
            named++;
            if (a.named() != null) bare++;
            List<Argument> finer = a.label().equals(text(piece)) ? split(piece, level + 1) : null;
            out.addAll(finer != null ? finer : List.of(a));
        }
        boolean mixed = bare > 0 && bare < pieces.size(); // "以色列和美国…发动的侵略" is one event
        return named > 0 && !mixed ? out : null;
    }

    /** Cuts at the separators that stand outside brackets. */
    private List<Span> cut(Span s, List<String> separators) {
        List<Span> out = new ArrayList<>();
        Brackets b = new Brackets();
        int start = s.begin();
        for (int i = s.begin(); i < s.end(); i++) {
            b.accept(text.charAt(i));
            if (!b.outside()) continue;
            for (String sep : separators) {
                if (text.startsWith(sep, i) && i + sep.length() <= s.end()) {
                    if (i > start) out.add(trim(new Span(start, i)));
                    start = i + sep.length();
                    i = start - 1;
                    break;
                }
            }
        }
        if (s.end() > start) out.add(trim(new Span(start, s.end())));
        out.removeIf(Span::isEmpty);
        return out;
    }

    private Span trim(Span s) {
        int b = s.begin(), e = s.end();
        while (b < e && "，；、".indexOf(text.charAt(b)) >= 0) b++;
        while (e > b && "，；、".indexOf(text.charAt(e - 1)) >= 0) e--;
        return new Span(b, e);
    }

    /** The part of a conjunct's end that other conjuncts share: "发动的恐怖袭击事件" of "…在X发动的恐怖袭击事件". */
    private String sharedTail(Span last) {
        String t = text(nameOf(last));
        HeadNouns.Head h = heads.of(t);
        if (h == null) return null;
        int cut = t.length() - h.noun().length();
        if (cut > 0 && t.charAt(cut - 1) == '的') cut--;
        for (String v : grammar.words("hosting")) {
            int i = t.lastIndexOf(v + "的");
            if (i >= 0 && i < cut) cut = Math.min(cut, i);
        }
        return t.substring(cut);
    }

    /** Names something particular: a quoted name, a title, a date, or a place. */
    private boolean isSpecific(Span s) {
        String t = text(s);
        return t.contains("“") || t.contains("《") || !datesIn(s).isEmpty()
                || doc.mentionsIn(s).stream().anyMatch(ObjectReader::isPlace);
    }

    /** The thing a span names, or null; {@code tail} completes a conjunct that shares its head noun. */
    Argument classify(Span part, String tail) {
        Span core = stripSuffix(part, "outcome");
        Span paren = trailingParen(core);
        Span name = paren != null ? new Span(core.begin(), paren.begin()) : core;
        String label = text(name) + (tail == null ? "" : tail);
        Parenthetical info = paren != null ? parenthetical(paren) : Parenthetical.NONE;

        Argument titled = wholeTitle(part, name, label, info);
        if (titled != null) return titled;
        Mention whole = wholeMention(name);
        if (whole != null && tail == null) return Argument.named(part, ref(whole));
        HeadNouns.Head h = heads.of(label);
        if (h == null || refersBack(label, h)) return null;
        return switch (h.kind()) {
            case INITIATIVE -> initiative(part, name, label, h);
            case DOCUMENT -> isNumberedDocument(label)
                    ? new Argument(Argument.Kind.DOCUMENT, part, label, h.type(), info.start(), info.end(),
                            placeList(info.place()), List.of(), List.of(), null, List.of(), null)
                    : null;
            case EVENT -> event(part, name, label, h, info, paren != null);
            default -> null;
        };
    }

    /** "《T》" alone, or "…《T》的决议": a document titled T (an initiative when T ends in 倡议). */
    private Argument wholeTitle(Span part, Span name, String label, Parenthetical info) {
        String t = label;
        if (!t.endsWith("》")) {
            HeadNouns.Head h = heads.of(t);
            int close = t.lastIndexOf('》');
            if (h == null || h.kind() != Argument.Kind.DOCUMENT || close < 0) return null;
            String between = t.substring(close + 1, t.length() - h.noun().length());
            if (!between.isEmpty() && !between.equals("的")) return null;
            int open = t.lastIndexOf('《', close);
            if (open < 0) return null;
            return new Argument(Argument.Kind.DOCUMENT, part, t.substring(open + 1, close), h.type(),
                    info.start(), info.end(), placeList(info.place()), List.of(), List.of(), null, List.of(), null);
        }
        if (!t.startsWith("《") || Brackets.closing(t, 0, t.length()) != t.length() - 1) return null;
        String title = t.substring(1, t.length() - 1);
        HeadNouns.Head h = heads.of(title.replaceAll("（[^（）]*）$", ""));
        Argument.Kind kind = h != null && h.kind() == Argument.Kind.INITIATIVE ? Argument.Kind.INITIATIVE
                : Argument.Kind.DOCUMENT;
        String type = h != null && h.kind() == kind ? h.type() : null;
        return new Argument(kind, part, title, type, info.start(), info.end(), placeList(info.place()),
                List.of(), List.of(), null, List.of(), null);
    }

    /** The state or organisation a span consists of, or null. */
    private Mention wholeMention(Span s) {
        Mention m = doc.mentionStartingAt(s.begin());
        boolean named = m != null && m.span().end() == s.end()
                && (m.kind() == EntityKind.STATE || m.kind() == EntityKind.ORGANISATION);
        return named ? m : null;
    }

    /** "该会议": the head noun after an anaphor names something already named. */
    private boolean refersBack(String label, HeadNouns.Head h) {
        String before = label.substring(0, label.length() - h.noun().length());
        return grammar.words("anaphor").stream().anyMatch(before::endsWith);
    }

    /** An unquoted document is named by its number: "安理会第2231（2015）号决议". */
    private static boolean isNumberedDocument(String label) {
        return !label.contains("《") && label.matches(".*第[0-9０-９/（）()]+号.*");
    }

    /** "X 提出的 …倡议" → X. */
    private Ref proposer(Span name, HeadNouns.Head h) {
        String label = text(name);
        for (String marker : grammar.words("proposer")) {
            int i = label.indexOf(marker);
            if (i <= 0) continue;
            for (Mention m : doc.mentionsIn(name))
                if (m.span().end() - name.begin() == i && m.kind() == EntityKind.STATE) return ref(m);
        }
        return null;
    }

    private Argument initiative(Span part, Span name, String label, HeadNouns.Head h) {
        Ref proposer = proposer(name, h);
        List<Argument> mentions = new ArrayList<>(titlesIn(name));
        Span about = aboutClause(name, h);
        if (about != null) {
            Argument inner = classify(about, null);
            if (inner != null && inner.kind() == Argument.Kind.EVENT) mentions.add(inner);
        }
        return new Argument(Argument.Kind.INITIATIVE, part, label, h.type(), null, null, List.of(), List.of(),
                List.of(), proposer, mentions, null);
    }

    /** "关于 X 的倡议" → X. */
    private Span aboutClause(Span name, HeadNouns.Head h) {
        String t = text(name);
        for (String about : grammar.words("about")) {
            int i = t.indexOf(about);
            int end = t.length() - h.noun().length() - (t.endsWith("的" + h.noun()) ? 1 : 0);
            if (i >= 0 && i + about.length() < end)
                return new Span(name.begin() + i + about.length(), name.begin() + end);
        }
        return null;
    }

    private Argument event(Span part, Span name, String label, HeadNouns.Head h, Parenthetical info, boolean hasParen) {
        if (!hasParen && !isSpecific(name)) return null;
        label = withoutHostClause(label, h);
        DateValue start = info.start(), end = info.end();
        if (start == null) {
            List<DateMention> inline = datesIn(name);
            if (!inline.isEmpty()) {
                start = inline.get(0).start();
                end = inline.get(0).end();
            }
        }
        Ref place = info.place() != null ? info.place() : placeAfterZai(name, label);
        if (place == null) place = placeInName(name);
        List<Ref> perpetrators = new ArrayList<>(), targets = new ArrayList<>();
        readAttack(name, perpetrators, targets);
        return new Argument(Argument.Kind.EVENT, part, label, h.type(), start, end, placeList(place),
                perpetrators, targets, null, titlesIn(name), null);
    }

    /** "…举行的国际会议" → "国际会议", unless the head noun is all that would be left. */
    private String withoutHostClause(String label, HeadNouns.Head h) {
        for (String v : grammar.words("hosting")) {
            int i = label.lastIndexOf(v + "的");
            if (i >= 0 && label.length() - (i + v.length() + 1) > h.noun().length() + 2)
                return label.substring(i + v.length() + 1);
            int j = label.lastIndexOf(v);
            if (j >= 0 && !label.startsWith("的", j + v.length()) && label.length() - (j + v.length()) > h.noun().length())
                return label.substring(j + v.length());
        }
        return label;
    }

    /** States before "对" are perpetrators and the state after it the target, when an attack verb follows. */
    private void readAttack(Span name, List<Ref> perpetrators, List<Ref> targets) {
        String t = text(name);
        int dui = t.indexOf('对');
        if (dui < 0 || grammar.words("attack").stream().noneMatch(t::contains)) return;
        for (Mention m : doc.mentionsIn(name)) {
            if (m.kind() != EntityKind.STATE) continue;
            int at = m.span().begin() - name.begin();
            if (at < dui) perpetrators.add(ref(m));
            else if (at == dui + 1) targets.add(ref(m));
        }
    }

    /** "在 X 发生的…": X, known or not; {@code label} is the name with any shared tail. */
    private Ref placeAfterZai(Span name, String label) {
        Ref known = null;
        int knownEnd = -1;
        for (Mention m : doc.mentionsIn(name)) {
            boolean afterZai = m.span().begin() > 0 && text.charAt(m.span().begin() - 1) == '在';
            if (isPlace(m) && (afterZai || m.span().begin() == knownEnd)) { // "在中国新疆": the last place in a row
                known = ref(m);
                knownEnd = m.span().end();
            }
        }
        if (known != null) return known;
        String t = label;
        int zai = t.indexOf('在');
        if (zai < 0) return null;
        for (String v : grammar.words("hosting")) {
            int end = t.indexOf(v, zai + 1);
            if (end > zai + 1 && end - zai <= 12) return unknownPlace(t.substring(zai + 1, end));
        }
        return null;
    }

    private Ref placeInName(Span name) {
        for (Mention m : doc.mentionsIn(name)) if (m.kind() == EntityKind.PLACE) return ref(m);
        return null;
    }

    private Parenthetical parenthetical(Span paren) {
        Span inner = new Span(paren.begin() + 1, paren.end() - 1);
        List<Ref> places = new ArrayList<>();
        for (Span piece : cut(inner, List.of("，", "、"))) {
            if (!datesIn(piece).isEmpty()) continue;
            Ref known = null;
            for (Mention m : doc.mentionsIn(piece)) if (isPlace(m)) known = ref(m);
            if (known != null) places.add(known);
            else if (text(piece).matches("\\p{IsHan}{2,12}")) places.add(unknownPlace(text(piece)));
        }
        return Parenthetical.of(datesIn(inner), places);
    }

    private List<Argument> titlesIn(Span s) {
        List<Argument> out = new ArrayList<>();
        for (int i = text.indexOf('《', s.begin()); i >= 0 && i < s.end(); i = text.indexOf('《', i + 1)) {
            int close = Brackets.closing(text, i, s.end());
            if (close < 0) break;
            Argument a = titled(i);
            if (a != null) out.add(a);
            i = close;
        }
        return out;
    }

    private List<DateMention> datesIn(Span s) {
        List<DateMention> out = new ArrayList<>();
        int lo = 0, hi = dates.size();
        while (lo < hi) { // dates are in text order
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).span().begin() < s.begin()) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < dates.size() && dates.get(i).span().begin() < s.end(); i++) {
            DateMention d = dates.get(i);
            if (s.contains(d.span()) && !insideTitle(d.span(), s)) out.add(d);
        }
        return out;
    }

    /** Dates inside 《》 belong to the title ("2026—2035年发展战略"), not to the thing. */
    private boolean insideTitle(Span d, Span within) {
        int depth = 0;
        for (int i = within.begin(); i < d.begin(); i++) {
            if (text.charAt(i) == '《') depth++;
            else if (text.charAt(i) == '》') depth--;
        }
        return depth > 0;
    }

    private Span trailingParen(Span s) {
        if (s.isEmpty() || text.charAt(s.end() - 1) != '）') return null;
        int depth = 0;
        for (int i = s.end() - 1; i >= s.begin(); i--) {
            char c = text.charAt(i);
            if (c == '）') depth++;
            else if (c == '（' && --depth == 0) return i > s.begin() ? new Span(i, s.end()) : null;
        }
        return null;
    }

    private Span stripSuffix(Span s, String role) {
        String w = grammar.suffix(text(s), role);
        if (w == null || w.length() >= s.length()) return s;
        Span out = new Span(s.begin(), s.end() - w.length());
        while (out.length() > 1 && text.charAt(out.end() - 1) == '的') out = new Span(out.begin(), out.end() - 1);
        return out;
    }

    /** "通过《X》" → "《X》": welcoming the adoption of a document is about the document. */
    private Span stripEnacting(Span s) {
        for (String w : grammar.words("enacting"))
            if (text.startsWith(w, s.begin()) && text.startsWith("《", s.begin() + w.length()))
                return new Span(s.begin() + w.length(), s.end());
        return s;
    }

    /** "A、B等活动" → "A、B": the list-end word and what follows it, when short. */
    private Span stripListEnd(Span s) {
        String t = text(s);
        for (String w : grammar.words("list-end")) {
            int i = t.lastIndexOf(w);
            if (i > 0 && t.length() - i <= w.length() + 4 && t.substring(0, i).contains("、"))
                return new Span(s.begin(), s.begin() + i);
        }
        return s;
    }

    private Span nameOf(Span s) {
        Span p = trailingParen(s);
        return p != null ? new Span(s.begin(), p.begin()) : s;
    }

    private static boolean isPlace(Mention m) {
        return m.kind() == EntityKind.PLACE || m.kind() == EntityKind.STATE;
    }

    private Ref ref(Mention m) {
        Gazetteer.Entry e = gazetteer.entry(m.kind(), m.key());
        return new Ref(m.kind(), m.key(), e != null ? e.labelZh() : text(m.span()));
    }

    private static Ref unknownPlace(String label) { return new Ref(EntityKind.PLACE, null, label); }

    private static List<Ref> placeList(Ref r) { return r == null ? List.of() : List.of(r); }

    private String text(Span s) { return s.of(text); }
}
