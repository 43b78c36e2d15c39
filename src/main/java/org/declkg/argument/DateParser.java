package org.declkg.argument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.Span;

/**
 * Chinese dates: 2025年4月22日, 2025年6月, 2025年, ranges (11月4日至5日, 2024年至2025年, 2026—2035年).
 * A date without a year takes the year of the nearest preceding date that has one.
 */
public final class DateParser {
    private static final String DASH = "[至到—–\\-－~～]";
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})年?" + DASH + "(\\d{4})年");
    private static final Pattern ATOM = Pattern.compile(
            "(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?|(\\d{1,2})月(?:(\\d{1,2})日)?|(\\d{1,2})日");
    private static final Pattern CONNECTOR = Pattern.compile(DASH);

    /** Every date of the text in reading order, offsets shifted by {@code base}. */
    public List<DateMention> parse(String text, int base) {
        List<DateMention> out = new ArrayList<>();
        Matcher atom = ATOM.matcher(text);
        Matcher yearRange = YEAR_RANGE.matcher(text);
        int lastYear = 0;
        int pos = 0;
        int nextRange = yearRange.find() ? yearRange.start() : -1;
        while (pos < text.length()) {
            if (nextRange >= 0 && nextRange < pos) nextRange = yearRange.find(pos) ? yearRange.start() : -1;
            if (!atom.find(pos)) break;
            if (nextRange >= 0 && nextRange <= atom.start()) {
                int y1 = Integer.parseInt(yearRange.group(1)), y2 = Integer.parseInt(yearRange.group(2));
                out.add(new DateMention(new Span(base + yearRange.start(), base + yearRange.end()),
                        DateValue.ofYear(y1), DateValue.ofYear(y2)));
                lastYear = y2;
                pos = yearRange.end();
                continue;
            }
            int start = atom.start();
            DateValue first = value(atom, lastYear, null);
            int end = atom.end();
            if (first == null) {
                pos = end;
                continue;
            }
            DateValue last = null;
            Matcher conn = CONNECTOR.matcher(text).region(end, text.length());
            if (conn.lookingAt()) {
                Matcher second = ATOM.matcher(text).region(conn.end(), text.length());
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

    /** The atom's date; missing year (and month, for a range end) come from the context. */
    private static DateValue value(Matcher m, int contextYear, DateValue rangeStart) {
        if (m.group(1) != null) {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return DateValue.ofYear(y);
            int mo = Integer.parseInt(m.group(2));
            if (!validMonth(mo)) return null;
            if (m.group(3) == null) return DateValue.ofMonth(y, mo);
            return day(y, mo, Integer.parseInt(m.group(3)));
        }
        if (contextYear == 0) return null;
        if (m.group(4) != null) {
            int mo = Integer.parseInt(m.group(4));
            if (!validMonth(mo)) return null;
            if (m.group(5) == null) return DateValue.ofMonth(contextYear, mo);
            return day(contextYear, mo, Integer.parseInt(m.group(5)));
        }
        if (rangeStart == null || rangeStart.month() == 0) return null;
        return day(rangeStart.year(), rangeStart.month(), Integer.parseInt(m.group(6)));
    }

    private static boolean validMonth(int m) { return m >= 1 && m <= 12; }

    private static DateValue day(int y, int m, int d) {
        if (d < 1 || d > java.time.YearMonth.of(y, m).lengthOfMonth()) return null;
        return DateValue.of(y, m, d);
    }
}
