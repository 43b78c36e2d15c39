package org.declkg.argument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.Grammar.Role;
import org.declkg.knowledge.HeadNouns;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.DateMention;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Ref;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Span;
import org.declkg.pipeline.Token;

/**
 * Events the text says were held or will be: a holding verb (举行, 召开, 进行…) with the event's name
 * before it ("NAME于DATE在PLACE举行", "DATE，NAME在PLACE举行") or after it ("DATE在PLACE举行NAME",
 * "X于DATE对Y进行国事访问"), with the date and the place the sentence gives. The declaration's own
 * meeting, announced in the opening, is one of them; where the opening calls it only "会晤", the title
 * names it ("…峰会宣言": the summit).
 */
final class HeldEventFinder {
    /** Word classes that end a name read backwards: verbs, adverbs, prepositions, conjunctions, particles, pronouns. */
    private static final List<String> STOP_TAGS = List.of("v", "d", "p", "c", "u", "r");
    private static final String CLAUSE_ENDS = "，。；：\n";
    /** How far before the verb "在 PLACE" may start. */
    private static final int MAX_PLACE = 24;
    /** How many sentences after the title open the declaration. */
    private static final int OPENING = 3;
    /** The longest name of a place the knowledge base does not know ("海南省三亚市"). */
    private static final int MAX_PLACE_NAME = 8;

    private final ObjectText t;
    private final List<DateMention> dates;
    private final HeadNouns heads;
    private final Grammar grammar;
    /** "（以下简称…）" inside a name. */
    private final Pattern aliasDefinition;

    HeldEventFinder(ObjectText t, List<DateMention> dates, HeadNouns heads, Grammar grammar) {
        this.t = t;
        this.dates = dates;
        this.heads = heads;
        this.grammar = grammar;
        this.aliasDefinition = Pattern.compile("[（(]" + grammar.alternation(Role.ALIAS_MARKER) + "[^）)]*[）)]");
    }

    List<Argument> find() {
        List<Argument> out = new ArrayList<>();
        List<Sentence> opening = opening();
        for (Sentence s : t.doc.sentences()) {
            String text = t.text;
            for (int i = s.span().begin(); i < s.span().end(); i++) {
                String verb = grammar.at(text, i, Role.HOLDING);
                if (verb == null) continue;
                Argument a = event(s.span(), new Span(i, i + verb.length()), opening.contains(s));
                if (a != null) out.add(a);
                i += verb.length() - 1;
            }
        }
        return out;
    }

    private Argument event(Span sentence, Span verb, boolean inOpening) {
        Span after = nameAfter(verb.end(), sentence.end());
        Span before = beforeVerb(sentence.begin(), verb.begin());
        Span name = isEvent(after) ? after : null;
        if (name == null) {
            Span n = nameBefore(sentence.begin(), before.begin());
            if (isEvent(n)) name = n;
        }
        if (name == null || t.startsWithAny(name, grammar.words(Role.ANAPHOR))) return null; // "此类演习": named before
        DateMention date = dateIn(new Span(sentence.begin(), verb.begin()), name);
        if (date == null) return null;
        String label = label(name, inOpening);
        HeadNouns.Head h = heads.of(label);
        if (h == null || h.kind() != Argument.Kind.EVENT) h = heads.of(nameText(name));
        Ref place = moreSpecific(place(placeStart(sentence.begin(), verb.begin()), verb), name);
        if (place == null && inOpening && t.doc.header() != null) place = t.doc.header().place(); // "齐聚北京…出席 X"
        Span whole = new Span(Math.min(name.begin(), date.span().begin()), Math.max(name.end(), verb.end()));
        return new Argument(Argument.Kind.EVENT, whole, label, h.type(), date.start(), date.end(),
                ObjectText.placeList(place), List.of(), List.of(), null, List.of(), null);
    }

    /**
     * "…举行第四次峰会": the words after the verb up to the clause end, or to a second verb of the same
     * subject ("进行国事访问并出席…"), when they are a name; a perfective marker ("进行了") is no part of it.
     */
    private Span nameAfter(int from, int limit) {
        if (t.text.startsWith(t.attributive, from)) return null; // "在 X 举行的 Y": Y is named as an object
        String done = grammar.at(t.text, from, Role.PERFECTIVE);
        if (done != null) from += done.length();
        int end = from;
        while (end < limit && CLAUSE_ENDS.indexOf(t.text.charAt(end)) < 0 && !secondVerb(end)) end++;
        return end > from ? t.trim(new Span(from, end)) : null;
    }

    /** A verb conjunction that is a word of its own ("并出席"), not a character of a longer word. */
    private boolean secondVerb(int pos) {
        Token w = t.doc.tokenStartingAt(pos);
        return w != null && grammar.is(Role.VERB_CONJUNCTION, w.word());
    }

    /**
     * What stands before the verb once "在 PLACE", "于 DATE" and "将" are set aside: its begin is where the
     * name before the verb ends. The span runs to the verb.
     */
    private Span beforeVerb(int sentenceBegin, int verb) {
        String text = t.text;
        int zai = placeStart(sentenceBegin, verb);
        int pos = zai >= 0 ? zai : verb;
        pos = skipObjectOfVisit(sentenceBegin, pos);
        for (DateMention d : dates) {
            if (d.span().end() == pos || d.span().end() + 1 == pos && text.charAt(pos - 1) == ' ') {
                pos = d.span().begin();
                if (t.precededBy(pos, t.timePreposition)) pos -= t.timePreposition.length();
            }
        }
        if (t.precededBy(pos, t.future)) pos -= t.future.length();
        return new Span(pos, verb);
    }

    /** Where "在 PLACE" right before the verb starts, or -1. */
    private int placeStart(int sentenceBegin, int verb) {
        int zai = t.text.lastIndexOf(t.placePreposition, verb - 1);
        return zai >= Math.max(sentenceBegin, verb - MAX_PLACE) && noClauseEnd(zai, verb) ? zai : -1;
    }

    /** "对吉尔吉斯共和国进行国事访问": the state visited stands between the name and the verb. */
    private int skipObjectOfVisit(int sentenceBegin, int pos) {
        int dui = t.text.lastIndexOf(t.objectMarker, pos - 1);
        if (dui < sentenceBegin || !noClauseEnd(dui, pos)) return pos;
        Mention m = t.doc.mentionStartingAt(dui + t.objectMarker.length());
        return m != null && m.kind() == EntityKind.STATE && m.span().end() == pos ? dui : pos;
    }

    /** The name that ends at {@code end}: the words back to a verb, preposition, particle or punctuation. */
    private Span nameBefore(int sentenceBegin, int end) {
        int start = headStart(sentenceBegin, end), brackets = 0; // "外长会": the head noun, whatever its words' tags
        List<Token> words = t.doc.tokensIn(new Span(sentenceBegin, end));
        for (int i = words.size() - 1; i >= 0; i--) {
            Token w = words.get(i);
            if (w.span().begin() >= start) continue;
            if (w.span().end() != start) break;
            String word = w.word();
            if (word.equals("）") || word.equals(")") || word.equals("”")) brackets++;
            else if (word.equals("（") || word.equals("(") || word.equals("“")) brackets--;
            boolean inside = brackets > 0 || word.equals("（") || word.equals("(") || word.equals("“");
            boolean future = word.equals(t.future); // "…理事会将下一次会议将于…": the marker is no part of the name
            boolean named = inName(w); // "某某合作组织": 组织 is a noun here, whatever its tag
            if (!inside && !future && !named && (CLAUSE_ENDS.indexOf(word.charAt(0)) >= 0 || stops(w))) break;
            start = w.span().begin();
        }
        return start < end ? t.trim(new Span(start, end)) : null;
    }

    /** Where the event head noun that ends at {@code end} begins, or {@code end}. */
    private int headStart(int sentenceBegin, int end) {
        HeadNouns.Head h = heads.of(t.text.substring(sentenceBegin, end));
        return h != null && h.kind() == Argument.Kind.EVENT ? end - h.noun().length() : end;
    }

    /** Part of a known name, or an organisation's last word. */
    private boolean inName(Token w) {
        if (grammar.is(Role.ORGANISATION_SUFFIX, w.word())) return true;
        return t.mentionsIn(new Span(Math.max(0, w.span().begin() - 30), Math.min(t.text.length(), w.span().end() + 30)))
                .stream().anyMatch(m -> m.span().contains(w.span()) && m.kind() != EntityKind.MEMBERS);
    }

    private static boolean stops(Token w) {
        return STOP_TAGS.stream().anyMatch(tag -> w.tag().startsWith(tag) && !w.tag().equals("vn"));
    }

    private boolean isEvent(Span name) {
        if (name == null || name.isEmpty()) return false;
        HeadNouns.Head h = heads.of(nameText(name));
        return h != null && h.kind() == Argument.Kind.EVENT;
    }

    /** The last date before the verb that is not inside a title or the name. */
    private DateMention dateIn(Span beforeVerb, Span name) {
        DateMention found = null;
        for (DateMention d : t.datesIn(beforeVerb)) if (!name.contains(d.span())) found = d;
        return found;
    }

    /** "在中国海南省三亚市": the last known place after 在, or the more specific name after a state. */
    private Ref place(int zai, Span verb) {
        String text = t.text;
        if (zai >= 0) {
            int from = zai + t.placePreposition.length();
            Mention last = null;
            for (Mention m = t.doc.mentionStartingAt(from); m != null && ObjectText.isPlace(m); m = t.doc.mentionStartingAt(m.span().end()))
                last = m;
            if (last == null) return from < verb.begin() ? ObjectText.unknownPlace(text.substring(from, verb.begin())) : null;
            String rest = text.substring(last.span().end(), verb.begin());
            boolean named = rest.length() >= 2 && rest.length() <= MAX_PLACE_NAME && rest.matches("\\p{IsHan}+");
            if (named && (last.kind() == EntityKind.STATE || grammar.suffix(rest, Role.PLACE_SUFFIX) != null))
                return ObjectText.unknownPlace(rest); // "在中国海南省三亚市": 三亚市
            return t.ref(last);
        }
        int dui = text.lastIndexOf(t.objectMarker, verb.begin());
        Mention visited = dui >= 0 && noClauseEnd(dui, verb.begin()) ? t.doc.mentionStartingAt(dui + t.objectMarker.length()) : null;
        return visited != null && visited.kind() == EntityKind.STATE ? t.ref(visited) : null;
    }

    /** "在中国举行2018年中非合作论坛北京峰会": the place the name gives, when the sentence gives only the state. */
    private Ref moreSpecific(Ref place, Span name) {
        if (place != null && place.kind() != EntityKind.STATE) return place;
        for (Mention m : t.mentionsIn(name)) if (m.kind() == EntityKind.PLACE) return t.ref(m);
        return place;
    }

    /** The declaration's own meeting named only by the title ("…峰会宣言"), dated and placed by the header; or null. */
    Argument titleMeeting(List<Argument> found) {
        var h = t.doc.header();
        String name = titleEvent();
        // not when the text names the meeting, or any dated event in its opening (the header's date may be that one's)
        if (name == null || h.date() == null || found.stream().anyMatch(a -> a.kind() == Argument.Kind.EVENT
                && (a.label().equals(name) || a.start() != null && opening().stream()
                .anyMatch(s -> s.span().overlaps(a.span()))))) return null;
        HeadNouns.Head head = heads.of(name);
        return new Argument(Argument.Kind.EVENT, h.title(), name, head.type(), h.date(), null, ObjectText.placeList(h.place()),
                List.of(), List.of(), null, List.of(), null);
    }

    /** The event's label: its name; the title's name for the declaration's own meeting called only "会晤". */
    private String label(Span name, boolean inOpening) {
        String n = nameText(name);
        HeadNouns.Head h = heads.of(n);
        if (h == null || !n.equals(h.noun())) return n;
        String titled = inOpening ? titleEvent() : null;
        if (titled != null) return titled;
        int clause = name.begin(); // "习近平对吉尔吉斯共和国进行国事访问": the clause up to the name, without its date
        while (clause > 0 && CLAUSE_ENDS.indexOf(t.text.charAt(clause - 1)) < 0) clause--;
        StringBuilder b = new StringBuilder(t.text.substring(clause, name.end()));
        for (DateMention d : t.datesIn(new Span(clause, name.begin()))) {
            int from = d.span().begin() - clause, to = d.span().end() - clause;
            if (from >= t.timePreposition.length() && b.substring(from - t.timePreposition.length(), from).equals(t.timePreposition))
                from -= t.timePreposition.length();
            b.delete(from, to);
            break;
        }
        return b.toString();
    }

    /** "二十国集团领导人里约热内卢峰会宣言（摘要）" → "二十国集团领导人里约热内卢峰会", or null. */
    private String titleEvent() {
        var header = t.doc.header();
        if (header == null || header.title() == null) return null;
        String title = t.of(t.nameOf(header.title()));
        HeadNouns.Head document = heads.of(title);
        if (document == null || document.kind() != Argument.Kind.DOCUMENT) return null;
        String rest = title.substring(0, title.length() - document.noun().length());
        while (!rest.isEmpty() && (rest.endsWith(t.attributive) || grammar.suffix(rest, Role.CONJUNCTION) != null))
            rest = rest.substring(0, rest.length() - 1);
        HeadNouns.Head event = heads.of(rest);
        return event != null && event.kind() == Argument.Kind.EVENT ? rest : null;
    }

    /** The name as a label: parentheses that define short names and "将" left out. */
    private String nameText(Span name) {
        String s = t.of(name).replace(t.future, "");
        return aliasDefinition.matcher(s).replaceAll("");
    }

    private List<Sentence> opening() {
        int from = t.doc.header() == null || t.doc.header().title() == null ? 0 : t.doc.header().title().end();
        return t.doc.sentences().stream().filter(s -> s.span().begin() >= from).limit(OPENING).toList();
    }

    private boolean noClauseEnd(int from, int to) {
        for (int i = from; i < to; i++) if (CLAUSE_ENDS.indexOf(t.text.charAt(i)) >= 0) return false;
        return true;
    }
}
