package org.declkg.knowledge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declkg.knowledge.Grammar.Role;
import org.declkg.pipeline.DateMention;
import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.Span;

/**
 * Dates as the text writes them: year, month and day with their units ({@code grammar.csv}), in
 * digits or numerals (2025年4月22日, 二〇二二年十一月二十八日), alone or as ranges (11月4日至5日,
 * 2024年至2025年, 2026—2035年). A date without a year takes the year of the nearest date before it
 * in its paragraph that has one, or the year given to {@link #parse(String, int, int)}: a paragraph
 * that recalls another year does not date the next one.
 */
public final class DateParser {
    /** A line that is only a date in ISO digits, with or without its time. */
    private static final Pattern PAGE_DATE = Pattern.compile(
            "(?m)^\\s*([12][0-9]{3})[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12][0-9]|3[01])(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\\s*$");
    private final Numerals numerals;
    private final Pattern yearRange;
    private final Pattern atom;
    private final Pattern connector;
    /** The first characters of the words that may follow a date's first number: its unit, or a range's connector. */
    private final BitSet afterNumber = new BitSet();
    /** The numerals of a year, the longest number a date starts with. */
    private static final int YEAR_NUMERALS = 4;

    public DateParser(Grammar grammar, Numerals numerals) {
        this.numerals = numerals;
        for (String w : grammar.words(Role.YEAR_UNIT, Role.MONTH_UNIT, Role.DAY_UNIT, Role.RANGE_CONNECTOR))
            afterNumber.set(w.charAt(0));
        String n = "[0-9" + numerals.characterClass() + "]";
        String year = "(" + n + "{" + YEAR_NUMERALS + "})", small = "(" + n + "{1," + (YEAR_NUMERALS - 1) + "})";
        String y = grammar.alternation(Role.YEAR_UNIT), m = grammar.alternation(Role.MONTH_UNIT),
                d = grammar.alternation(Role.DAY_UNIT), dash = grammar.alternation(Role.RANGE_CONNECTOR);
        this.yearRange = Pattern.compile(year + y + "?" + dash + year + y);
        this.atom = Pattern.compile(year + y + "(?:" + small + m + "(?:" + small + d + ")?)?"
                + "|" + small + m + "(?:" + small + d + ")?|" + small + d);
        this.connector = Pattern.compile(dash);
    }

    /** Every date of the text in reading order, offsets shifted by {@code base}. */
    public List<DateMention> parse(String text, int base) { return parse(text, base, 0); }

    /** As {@link #parse(String, int)}, with the year a date without one takes when no date before gives it. */
    public List<DateMention> parse(String text, int base, int defaultYear) {
        return parse(text, base, defaultYear, Integer.MAX_VALUE);
    }

    private List<DateMention> parse(String text, int base, int defaultYear, int limit) {
        List<DateMention> out = new ArrayList<>();
        Matcher a = atom.matcher(text);
        Matcher range = yearRange.matcher(text);
        int lastYear = defaultYear;
        int pos = 0;
        int nextRange = find(range, text, 0) ? range.start() : -1;
        while (pos < text.length() && out.size() < limit) {
            if (nextRange >= 0 && nextRange < pos) nextRange = find(range, text, pos) ? range.start() : -1;
            if (!find(a, text, pos)) break;
            int newline = text.indexOf('\n', pos);
            if (newline >= 0 && newline < a.start()) lastYear = defaultYear;
            if (nextRange >= 0 && nextRange <= a.start()) {
                int y1 = number(range.group(1)), y2 = number(range.group(2));
                if (y1 > 0 && y2 > 0) {
                    out.add(new DateMention(new Span(base + range.start(), base + range.end()),
                            DateValue.ofYear(y1), DateValue.ofYear(y2)));
                    lastYear = y2;
                }
                pos = range.end();
                continue;
            }
            int start = a.start();
            DateValue first = value(a, lastYear, null);
            int end = a.end();
            if (first == null || !standsAlone(text, start)) {
                pos = end;
                continue;
            }
            DateValue last = null;
            Matcher conn = connector.matcher(text).region(end, text.length());
            if (conn.lookingAt()) {
                Matcher second = atom.matcher(text).region(conn.end(), text.length());
                if (second.lookingAt()) {
                    last = value(second, first.year(), first);
                    if (last != null) end = second.end();
                }
            }
            out.add(new DateMention(new Span(base + start, base + end), first, last));
            lastYear = (last != null ? last : first).year();
            pos = end;
        }
        return out;
    }

    /** The year of the first date of the text that gives one, or 0: the year of dates without one ("7月3日"). */
    public int firstYear(String text) {
        List<DateMention> first = parse(text, 0, 0, 1); // without a default year, every date found gives one
        return first.isEmpty() ? 0 : first.get(0).start().year();
    }

    /**
     * The year dates without one take in a text: that of the line a web page dates itself with
     * ("2024-07-04", "2024-07-04 10:30"), which is no part of the declaration but of its time; else
     * that of the first date of the text that gives one; else 0.
     */
    public int undatedYear(String raw, String text) {
        Matcher line = PAGE_DATE.matcher(raw);
        if (line.find()) return Integer.parseInt(line.group(1));
        return firstYear(text);
    }

    /**
     * {@code m.find(from)}, trying only where a date may start: the regular expression's numeral class
     * is slow to reject the text in between, and numerals are common words' characters (一, 三).
     */
    private boolean find(Matcher m, String text, int from) {
        for (int p = from; p < text.length(); p++)
            if (mayStartDate(text, p) && m.region(p, text.length()).lookingAt()) return true;
        return false;
    }

    /** Every date starts with a number of at most a year's numerals right before a unit or a range connector. */
    private boolean mayStartDate(String text, int p) {
        int q = p;
        while (q < text.length() && q - p <= YEAR_NUMERALS && numerals.isDigit(text.charAt(q))) q++;
        return q > p && q - p <= YEAR_NUMERALS && q < text.length() && afterNumber.get(text.charAt(q));
    }

    /** A date does not start inside a longer number ("12025年" is no year). */
    private boolean standsAlone(String text, int start) {
        return start == 0 || !numerals.isDigit(text.charAt(start - 1));
    }

    private int number(String s) { return s == null ? -1 : numerals.value(s); }

    /** The atom's date; missing year (and month, for a range end) come from the context. */
    private DateValue value(Matcher m, int contextYear, DateValue rangeStart) {
        if (m.group(1) != null) {
            int y = number(m.group(1));
            if (y < 1000) return null;
            if (m.group(2) == null) return DateValue.ofYear(y);
            int mo = number(m.group(2));
            if (!validMonth(mo)) return null;
            if (m.group(3) == null) return DateValue.ofMonth(y, mo);
            return day(y, mo, number(m.group(3)));
        }
        if (contextYear == 0) return null;
        if (m.group(4) != null) {
            int mo = number(m.group(4));
            if (!validMonth(mo)) return null;
            if (m.group(5) == null) return DateValue.ofMonth(contextYear, mo);
            return day(contextYear, mo, number(m.group(5)));
        }
        if (rangeStart == null || rangeStart.month() == 0) return null;
        return day(rangeStart.year(), rangeStart.month(), number(m.group(6)));
    }

    private static boolean validMonth(int m) { return m >= 1 && m <= 12; }

    private static DateValue day(int y, int m, int d) {
        if (d < 1 || d > java.time.YearMonth.of(y, m).lengthOfMonth()) return null;
        return DateValue.of(y, m, d);
    }
}
