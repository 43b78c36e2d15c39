package org.declkg.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declkg.Fixtures;
import org.junit.jupiter.api.Test;

/** The dates of the genre as declarations write them: text in, "start[/end]@begin-end" out. */
class ChineseDatesTest {
    private static List<String> parse(String text) { return parse(text, 0); }

    private static List<String> parse(String text, int defaultYear) {
        return Fixtures.knowledge().dates().parse(text, 0, defaultYear).stream()
                .map(d -> d.start().iso() + (d.end() == null ? "" : "/" + d.end().iso()) + "@" + d.span().begin()
                        + "-" + d.span().end())
                .toList();
    }

    @Test
    void aDayInDigitsOrInNumerals() {
        assertEquals(List.of("2024-05-16@0-10"), parse("2024年5月16日，双方在北京举行会谈。"));
        assertEquals(List.of("2024-05-16@0-10"), parse("二〇二四年五月十六日于北京"));
        assertEquals(List.of("2031-12-31@0-12"), parse("二〇三一年十二月三十一日"));
    }

    @Test
    void zeroWrittenAsACircleAndFullWidthDigitsAreNumeralsToo() {
        assertEquals(List.of("2024-05-16@0-10"), parse("二○二四年五月十六日"));
        assertEquals(List.of("2024-05-16@1-11"), parse("于２０２４年５月１６日在北京"));
    }

    @Test
    void aMonthAlone() {
        assertEquals(List.of("2024-05@0-7"), parse("2024年5月，两国元首通电话。"));
        assertEquals(List.of("2013-09@3-10"), parse("中方于2013年9月首倡的倡议"));
        assertEquals(List.of("2013-09@0-7"), parse("二〇一三年九月"));
    }

    @Test
    void rangesWithinAMonthAcrossMonthsAndAcrossYears() {
        assertEquals(List.of("2024-05-16/2024-05-17@0-14"), parse("2024年5月16日至17日，某某共和国总统对中国进行国事访问。"));
        assertEquals(List.of("2024-05-16/2024-06-02@0-15"), parse("2024年5月16日至6月2日"));
        assertEquals(List.of("2024-05-16/2024-06-02@0-10"), parse("5月16日至6月2日", 2024));
        assertEquals(List.of("2024-12-30/2025-01-02@0-21"), parse("二〇二四年十二月三十日至二〇二五年一月二日"));
        assertEquals(List.of("2024-05-16/2024-05-17@1-15"), parse("于二〇二四年五月十六日至十七日"));
    }

    @Test
    void aDayWithoutYearTakesTheYearGivenOrOfTheDateBeforeIt() {
        assertEquals(List.of("2024-07-03@4-8"), parse("当地时间7月3日上午", 2024));
        assertEquals(List.of(), parse("7月3日"));
        assertEquals(List.of("2019-06-12/2019-06-13@0-14", "2019-06-13@19-24"), parse("2019年6月12日至13日访问期间，6月13日双方举行会谈"));
    }

    @Test
    void aDateReadsItsYearWithinItsParagraphNotFromTheOneBefore() {
        assertEquals(List.of("2013@4-9", "2024-05-16@21-26"), parse("双方回顾2013年建交以来的合作。\n双方于5月16日举行会谈。", 2024));
        assertEquals(List.of("2013@4-9", "2013-05-16@18-23"), parse("双方回顾2013年建交以来的合作，于5月16日举行会谈。", 2024));
    }

    @Test
    void traditionalTextWritesItsDatesAlike() {
        assertEquals(List.of("2024-05-16@3-13"), parse("雙方於2024年5月16日在北京舉行會談。"));
        assertEquals(List.of("2024-05-16/2024-05-17@1-15"), parse("於二〇二四年五月十六日至十七日對中國進行國事訪問"));
    }

    @Test
    void sameDayWordsAreNoDates() {
        assertEquals(List.of(), parse("同日，双方签署了合作文件。"));
        assertEquals(List.of(), parse("当日，两国元首共同会见记者。"));
    }
    @Test
    void datesWithoutYearTakeThePagesDateLineElseTheFirstYearOfTheText() {
        DateParser dates = Fixtures.knowledge().dates();
        String text = "双方回顾2013年以来的合作。\n7月3日，双方举行会谈。";
        assertEquals(2024, dates.undatedYear("新闻网\n2024-07-04 10:30\n" + text, text));
        assertEquals(2024, dates.undatedYear("2024/7/4\n" + text, text));
        assertEquals(2013, dates.undatedYear(text, text));
        assertEquals(2013, dates.undatedYear("第2024-07-04号文件\n" + text, text)); // a date inside a line is no page's date
    }
}
