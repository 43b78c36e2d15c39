package org.declkg.knowledge;

import org.declkg.Fixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text in, dates out: "start[/end]@begin-end". */
class DateParserTest {
    private static List<String> parse(String text) {
        return Fixtures.knowledge().dates().parse(text, 0).stream()
                .map(d -> d.start().iso() + (d.end() == null ? "" : "/" + d.end().iso()) + "@" + d.span().begin()
                        + "-" + d.span().end())
                .toList();
    }

    @Test
    void fullDatesMonthsAndYears() {
        assertEquals(List.of("2025-04-22@0-10"), parse("2025年4月22日在某地"));
        assertEquals(List.of("2025-06@1-8"), parse("于2025年6月对"));
        assertEquals(List.of("1972@0-5"), parse("1972年签署的"));
        assertEquals(List.of("2027-11-04@5-15"), parse("博览会将于2027年11月4日开幕"));
    }

    @Test
    void aDateWithoutYearTakesTheYearOfTheNearestEarlierDate() {
        assertEquals(List.of("2025-03-11@0-10", "2025-05-21@15-20"), parse("2025年3月11日对某列车及5月21日在某地"));
        assertEquals(List.of("2023-12-01@0-10", "2024-02-03@11-20", "2024-05-06@21-25"),
                parse("2023年12月1日，2024年2月3日，5月6日"));
        assertEquals(List.of("2026-09@0-7", "2026-10-18/2026-10-19@16-26"), parse("2026年9月在某地举行的论坛和10月18日至19日的会议"));
    }

    @Test
    void ranges() {
        assertEquals(List.of("2024-11-04/2024-11-05@0-13"), parse("2024年11月4日至5日"));
        assertEquals(List.of("2025-05-29/2025-05-31@0-14"), parse("2025年5月29日至31日"));
        assertEquals(List.of("2024-10-22/2024-11-03@0-17"), parse("2024年10月22日至11月3日"));
        assertEquals(List.of("2027-10-30/2027-11-02@1-18"), parse("（2027年10月30日至11月2日，纳林）"));
        assertEquals(List.of("2024/2025@0-11"), parse("2024年至2025年"));
        assertEquals(List.of("2026/2035@0-10"), parse("2026—2035年"));
        assertEquals(List.of("2026-12-30/2027-01-02@0-21"), parse("2026年12月30日至2027年1月2日"));
    }

    @Test
    void notDates() {
        assertEquals(List.of(), parse("成立80周年，第二十次会议，第2231（2015）号决议，5月21日"));
        assertEquals(List.of(), parse("13月1日"));
        assertEquals(List.of(), parse("2025年2月30日")); // no such day
        assertEquals(List.of(), parse("第79/79号决议，第3次会议"));
    }

    @Test
    void numeralsThatAreWordsAroundDates() {
        // 一, 三, 十 are numerals and characters of common words: the dates among them are found, and only they
        assertEquals(List.of("2022-11-28@7-19"), parse("进一步加强三方二〇二二年十一月二十八日的合作"));
        assertEquals(List.of(), parse("统一大市场，三年行动计划，十二个成员国，一带一路"));
        assertEquals(List.of(), parse("一二三四五年")); // a number of five numerals is no year, nor are its last four
        assertEquals(List.of("2031@3-8"), parse("截至 2031年"));
        assertEquals(List.of(), parse("于2025")); // a number at the end of the text, without its unit
        assertEquals(List.of("2025-05@0-7", "2026@8-13"), parse("2025年5月，2026年"));
    }
}
