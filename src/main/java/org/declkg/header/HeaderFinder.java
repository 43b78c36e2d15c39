package org.declkg.header;

import org.declkg.knowledge.Grammar.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.declkg.pipeline.DateMention;
import org.declkg.knowledge.DateParser;
import org.declkg.knowledge.Brackets;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.HeadNouns;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Header;
import org.declkg.pipeline.Layer;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Ref;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Span;
import org.declkg.pipeline.Stage;
import org.declkg.pipeline.Keys;
import org.declkg.knowledge.Gazetteer;

/**
 * The declaration itself: its title (see {@link #title}),
 * the organisation and body named in it, and the date and place of the opening sentences, or else of
 * the dateline that closes the text.
 */
public final class HeaderFinder implements Stage {
    private static final int OPENING_SENTENCES = 3;
    /** How many paragraphs at the top may hold the title (a site's name and headline may come first). */
    private static final int TITLE_CANDIDATES = 8;
    private static final int TITLE_MAX = 120;
    private static final int MIN_ORGANISATION_NAME = 4;
    private final Gazetteer gazetteer;
    private final Grammar grammar;
    private final List<String> organisationSuffixes;
    private final DateParser dates;
    private final HeadNouns heads;
    private final ClosingDateline dateline;

    public HeaderFinder(Gazetteer gazetteer, Grammar grammar, DateParser dates, HeadNouns heads) {
        this.heads = heads;
        this.gazetteer = gazetteer;
        this.grammar = grammar;
        this.organisationSuffixes = grammar.words(Role.ORGANISATION_SUFFIX);
        this.dates = dates;
        this.dateline = new ClosingDateline(dates, gazetteer, grammar);
    }

    @Override
    public Set<Layer> requires() { return EnumSet.of(Layer.TEXT, Layer.SENTENCES, Layer.MENTIONS); }

    @Override
    public Set<Layer> provides() { return EnumSet.of(Layer.HEADER, Layer.MENTIONS); }

    @Override
    public void annotate(Annotation doc) {
        String text = doc.text();
        Span title = title(text);
        Span opening = opening(doc, title != null ? title.end() : 0);

        String organisation = firstKey(doc, title, EntityKind.ORGANISATION);
        String unknown = organisation == null && title != null ? unknownOrganisation(title.of(text)) : null;
        // an organisation named before a body's generic name is that body's ("X组织成员国元首理事会"), not the
        // organisation the name alone would mean; a body's name that holds its organisation's ("独立国家联合体
        // 国家元首理事会") names both
        Mention council = firstMention(doc, title, EntityKind.BODY);
        if (organisation == null && council != null && (unknown == null || council.span().begin() < title.begin() + unknown.length())) {
            organisation = parentOfBody(council);
            unknown = null;
        }
        if (unknown != null) organisation = Keys.hash(unknown);
        // a title that names the states that speak ("A和B联合声明") names no organisation: one named later is a topic
        List<String> titleStates = title != null && organisation == null ? participants(doc, title) : List.of();
        if (organisation == null && titleStates.isEmpty()) organisation = firstKey(doc, opening, EntityKind.ORGANISATION);
        if (organisation == null && titleStates.isEmpty()) organisation = parentOfBody(firstMention(doc, opening, EntityKind.BODY));
        // the first organisation the text names, unless the title names the states that speak ("A和B联合声明")
        // or it is only part of a document's title (《联合国宪章》)
        if (organisation == null && titleStates.isEmpty()) organisation = firstOutsideTitles(doc, text);
        String body = bodyOf(doc, organisation, title);
        if (body == null) body = bodyOf(doc, organisation, opening);

        DateValue date = null;
        for (DateMention d : dates.parse(opening.of(text), opening.begin(), dates.undatedYear(doc.raw(), text)))
            if (d.start().precision() == DateValue.Precision.DAY) {
                // a meeting of several days adopts its declaration on the last ("6日至7日举行…会议": the 7th)
                date = d.end() != null && d.end().precision() == DateValue.Precision.DAY ? d.end() : d.start();
                break;
            }
        ClosingDateline.Found closing = dateline.in(doc); // "2024年5月16日于北京" ends the text
        if (date == null && closing != null) date = closing.date();
        Ref place = lastPlace(doc, opening);
        if (place == null && closing != null) place = closing.place();
        if (place == null && title != null) place = lastPlace(doc, title);
        List<String> participants = organisation != null ? List.of()
                : !titleStates.isEmpty() ? titleStates : participants(doc, opening);
        doc.setHeader(new Header(title, date, place, organisation, unknown, body, participants,
                closing == null ? null : closing.span()));
        if (organisation != null) addBodyAliases(doc, organisation);
    }

    /**
     * The title: among the first paragraphs, the first that reads as a title and names a document
     * ("…峰会宣言", "…联合声明（全文）"), past a site's headline or a dateline; else the first paragraph
     * when it reads as a title; else none.
     */
    private Span title(String text) {
        List<Span> paragraphs = new ArrayList<>();
        for (int b = 0, i = 0; i <= text.length() && paragraphs.size() < TITLE_CANDIDATES; i++)
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > b) paragraphs.add(new Span(b, i));
                b = i + 1;
            }
        for (Span p : paragraphs)
            if (readsAsTitle(text, p) && namesDocument(p.of(text))) return p;
        for (Span p : paragraphs) {
            Span lead = subjectOfCopula(text, p);
            if (lead != null) return lead;
        }
        return !paragraphs.isEmpty() && paragraphs.get(0).end() < text.length() && readsAsTitle(text, paragraphs.get(0))
                ? paragraphs.get(0) : null;
    }

    /** A reference page's first sentence, "《X宣言》是…" or "X宣言是…": the document it is about, X宣言. */
    private Span subjectOfCopula(String text, Span p) {
        for (String copula : grammar.words(Role.COPULA)) {
            int at = text.indexOf(copula, p.begin());
            if (at <= p.begin() || at >= p.end()) continue;
            int b = p.begin(), e = at;
            if (Brackets.isOpen(text.charAt(b)) && Brackets.isClose(text.charAt(e - 1))) { b++; e--; }
            Span name = new Span(b, e);
            if (e > b && readsAsTitle(text, name) && isOnePhrase(name.of(text)) && namesDocument(name.of(text)))
                return name;
        }
        return null;
    }

    private static boolean isOnePhrase(String s) {
        return s.chars().noneMatch(c -> Character.getType(c) == Character.OTHER_PUNCTUATION);
    }

    private static boolean readsAsTitle(String text, Span p) {
        return !p.of(text).contains("。") && p.length() <= TITLE_MAX;
    }

    private boolean namesDocument(String line) { return heads.namesDocument(line); }

    /**
     * The states a summit names as its members: the longest list of states in the opening sentence
     * ("A、B和C元首…举行"), at least two, joined only by list separators.
     */
    private List<String> participants(Annotation doc, Span opening) {
        List<String> best = List.of(), run = new ArrayList<>();
        Mention previous = null;
        for (Mention m : doc.mentionsIn(opening)) {
            if (m.kind() != EntityKind.STATE) continue;
            String between = previous == null ? null : doc.text().substring(previous.span().end(), m.span().begin());
            boolean joined = between != null && (between.equals("，")
                    || grammar.words(Role.LIST_SEPARATOR, Role.CONJUNCTION, Role.CLAUSE_CONJUNCTION).contains(between));
            if (!joined) run = new ArrayList<>();
            if (!run.contains(m.key())) run.add(m.key());
            if (run.size() > best.size()) best = List.copyOf(run);
            previous = m;
        }
        return best.size() >= 2 ? best : List.of();
    }

    private static String firstOutsideTitles(Annotation doc, String text) {
        for (Mention m : doc.mentionsIn(new Span(0, text.length())))
            if (m.kind() == EntityKind.ORGANISATION && !insideTitleMarks(text, m.span().begin())) return m.key();
        return null;
    }

    private static boolean insideTitleMarks(String text, int pos) {
        int open = text.lastIndexOf('《', pos), close = text.lastIndexOf('》', pos);
        return open > close;
    }

    private static Span opening(Annotation doc, int from) {
        // from the title's end, also within its sentence ("X宣言是…于2015年12月5日…签订的条约")
        List<Sentence> after = doc.sentences().stream().filter(s -> s.span().end() > from).toList();
        if (after.isEmpty()) return new Span(from, from);
        int begin = Math.max(from, after.get(0).span().begin());
        int end = after.get(Math.min(OPENING_SENTENCES, after.size()) - 1).span().end();
        int para = doc.text().indexOf('\n', begin);
        if (para > 0 && para < end) end = para; // the opening paragraph only
        return new Span(begin, end);
    }

    /**
     * The short names of the organisation's bodies ("元首理事会"), found now that the organisation is
     * known: as subjects of statements they are the member states.
     */
    private void addBodyAliases(Annotation doc, String organisation) {
        String text = doc.text();
        List<Mention> added = new ArrayList<>();
        for (Gazetteer.Entry e : gazetteer.entries(EntityKind.BODY).values()) {
            if (!organisation.equals(e.parent())) continue;
            for (String name : gazetteer.namesOf(e))
                for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
                    Span s = new Span(i, i + name.length());
                    boolean free = doc.mentions().stream().noneMatch(m -> m.span().overlaps(s))
                            && added.stream().noneMatch(m -> m.span().overlaps(s));
                    if (free) added.add(new Mention(s, EntityKind.BODY, e.key()));
                }
        }
        if (added.isEmpty()) return;
        doc.mentions().addAll(added);
        doc.mentions().sort(Comparator.comparingInt(m -> m.span().begin()));
    }

    /** "独立国家联合体国家元首理事会" names a body, and with it the body's organisation. */
    private String parentOfBody(Mention body) {
        Gazetteer.Entry e = body == null ? null : gazetteer.entry(EntityKind.BODY, body.key());
        return e == null || e.parent().isEmpty() ? null : e.parent();
    }

    /**
     * An organisation the knowledge base does not know, named at the start of the title: the words up
     * to the first organisation suffix ("…合作组织第三次元首会议宣言" → "…合作组织"), or null.
     */
    private String unknownOrganisation(String title) {
        int best = -1;
        for (String suffix : organisationSuffixes) {
            int i = title.indexOf(suffix);
            if (i >= 0 && (best < 0 || i + suffix.length() < best)) best = i + suffix.length();
        }
        if (best < MIN_ORGANISATION_NAME) return null;
        String name = title.substring(0, best);
        return name.chars().anyMatch(Character::isDigit) || startsWithState(name) ? null : name;
    }

    private boolean startsWithState(String name) {
        List<Mention> found = gazetteer.find(name);
        return !found.isEmpty() && found.get(0).span().begin() == 0 && found.get(0).kind() == EntityKind.STATE;
    }

    /**
     * The body of the organisation that a span names. Bodies of different organisations share names
     * ("元首理事会"), so only the organisation's own bodies are looked for.
     */
    private String bodyOf(Annotation doc, String organisation, Span span) {
        if (span == null || organisation == null) return null;
        String s = doc.cover(span);
        String best = null;
        int bestLength = 0;
        for (Gazetteer.Entry e : gazetteer.entries(EntityKind.BODY).values()) {
            if (!organisation.equals(e.parent())) continue;
            for (String name : gazetteer.namesOf(e))
                if (name.length() > bestLength && s.contains(name)) {
                    best = e.key();
                    bestLength = name.length();
                }
        }
        return best;
    }

    private static String firstKey(Annotation doc, Span span, EntityKind kind) {
        Mention m = firstMention(doc, span, kind);
        return m == null ? null : m.key();
    }

    private static Mention firstMention(Annotation doc, Span span, EntityKind kind) {
        if (span == null) return null;
        for (Mention m : doc.mentionsIn(span)) if (m.kind() == kind) return m;
        return null;
    }

    /**
     * The most specific place of "在 X Y 举行": the last of the places in a row after 在, or else the last
     * place (or else state) named in the span.
     */
    private Ref lastPlace(Annotation doc, Span span) {
        for (Mention m : doc.mentionsIn(span)) {
            if (!isPlace(m) || !precededBy(doc.text(), m.span().begin(), Role.PLACE_PREPOSITION)) continue;
            Mention last = m;
            for (Mention next = doc.mentionStartingAt(m.span().end()); isPlace(next); next = doc.mentionStartingAt(next.span().end()))
                last = next;
            return ref(doc, last);
        }
        Mention best = null;
        for (Mention m : doc.mentionsIn(span)) {
            if (m.kind() == EntityKind.PLACE) best = m;
            else if (m.kind() == EntityKind.STATE && (best == null || best.kind() == EntityKind.STATE)) best = m;
        }
        return best == null ? null : ref(doc, best);
    }

    private boolean precededBy(String text, int pos, Role role) {
        return grammar.words(role).stream().anyMatch(w -> pos >= w.length() && text.startsWith(w, pos - w.length()));
    }

    private static boolean isPlace(Mention m) {
        return m != null && (m.kind() == EntityKind.PLACE || m.kind() == EntityKind.STATE);
    }

    private Ref ref(Annotation doc, Mention m) {
        Gazetteer.Entry e = gazetteer.entry(m.kind(), m.key());
        return new Ref(m.kind(), m.key(), e != null ? e.labelZh() : doc.cover(m.span()));
    }
}
