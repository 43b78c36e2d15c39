package org.declkg.argument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declkg.Fixtures;
import org.declkg.pipeline.Argument;
import org.junit.jupiter.api.Test;

/** The events and initiatives a text dates, with their dates and places: "KIND label type start/end @place". */
class DatedObjectsTest {
    private static final String JOINT = "中华人民共和国和某某共和国联合声明\n";
    private static final String VISIT = "应国家主席邀请，某某共和国总统于2024年5月16日至17日对中华人民共和国进行国事访问。\n";

    private static List<String> dated(String text) {
        return Fixtures.extractor().annotate("t", text).entities().stream()
                .filter(a -> a.start() != null).map(ArgumentFinderTest::describe).toList();
    }

    private static List<String> all(String text) {
        return Fixtures.extractor().annotate("t", text).entities().stream().map(ArgumentFinderTest::describe).toList();
    }

    @Test
    void aStateVisitWithItsFirstAndLastDay() {
        assertEquals(List.of("EVENT 某某共和国总统对中华人民共和国进行国事访问 state-visit 2024-05-16/2024-05-17 @china"),
                dated(JOINT + "2024年5月16日至17日，某某共和国总统对中华人民共和国进行国事访问。\n"));
        assertEquals(List.of("EVENT 某某共和国总统对中华人民共和国进行国事访问 state-visit 2024-05-16/2024-05-17 @china"), dated(JOINT + VISIT));
    }

    @Test
    void talksWithTheirDayAndPlace() {
        assertEquals(List.of("EVENT 双方在北京举行会谈 talks 2024-05-16 @beijing"), dated(JOINT + "双方于2024年5月16日在北京举行会谈。\n"));
    }

    @Test
    void aDateThatOpensTheSentenceDatesItsEvent() {
        assertEquals(List.of("EVENT 两国元首在北京举行会谈 talks 2024-05-16 @beijing"),
                dated(JOINT + "2024年5月16日，两国元首在北京举行会谈。\n"));
        // a day without its year takes the year of the visit before it
        assertEquals("EVENT 两国元首在北京人民大会堂举行会谈 talks 2024-05-16 @beijing",
                dated(JOINT + VISIT + "当地时间5月16日上午，两国元首在北京人民大会堂举行会谈。\n").get(1));
    }

    @Test
    void aPlaceAndWhoTheTalksAreWithBetweenTheDateAndTheVerbKeepTheLink() {
        assertEquals("EVENT 两国元首在北京同某某共和国总统举行会谈 talks 2024-05-16 @beijing",
                dated(JOINT + VISIT + "5月16日，两国元首在北京同某某共和国总统举行会谈。\n").get(1));
        assertEquals(List.of("EVENT 双方在北京举行会谈 talks 2024-05-16 @beijing"), dated("中華人民共和國和某某共和國聯合聲明\n雙方於2024年5月16日在北京舉行會談。\n"));
    }

    @Test
    void aDayWithoutYearTakesTheDeclarationsYearNotOneAParagraphBeforeRecalls() {
        assertEquals(List.of("EVENT 双方在北京举行会谈 talks 2024-05-16 @beijing"),
                dated(JOINT + "双方回顾了2013年两国建交以来的合作成果。\n双方于5月16日在北京举行会谈。\n2024年5月16日于北京\n"));
    }

    @Test
    void anInitiativeFirstProposedInAMonth() {
        assertEquals(List.of("INITIATIVE “一带一路”倡议 initiative 2013-09 proposed by china"),
                all(JOINT + "双方支持中方于2013年9月首倡的“一带一路”倡议。\n"));
        assertEquals(List.of("INITIATIVE 共建“一带一路”倡议 initiative 2013-09 proposed by china"),
                all(JOINT + "双方支持2013年9月中方首倡的共建“一带一路”倡议。\n"));
    }

    @Test
    void anInitiativeTheTextDoesNotDateHasNoDate() {
        List<Argument> found = Fixtures.extractor().annotate("t", JOINT + "双方支持中方提出的全球发展倡议。\n").entities();
        assertEquals(List.of("INITIATIVE 全球发展倡议 initiative proposed by china"), found.stream().map(ArgumentFinderTest::describe).toList());
    }
    @Test
    void aVisitMarkedDoneOrJoinedToASecondVerbIsTheVisitAlone() {
        assertEquals(List.of("EVENT 某某共和国总统对中华人民共和国进行了国事访问 state-visit 2024-05-16/2024-05-17 @china"),
                dated(JOINT + "某某共和国总统于2024年5月16日至17日对中华人民共和国进行了国事访问。\n"));
        assertEquals(List.of("EVENT 国家主席对吉尔吉斯共和国进行国事访问 state-visit 2031-06-11/2031-06-13 @kyrgyzstan",
                        "EVENT 上海合作组织成员国元首理事会第三十一次会议 meeting 2031-06-11/2031-06-13 @kyrgyzstan"),
                dated(JOINT + "应吉尔吉斯共和国总统邀请，国家主席于2031年6月11日至13日对吉尔吉斯共和国进行国事访问并出席上海合作组织成员国元首理事会第三十一次会议。\n"));
    }

    @Test
    void aDayWithoutYearTakesTheYearOfThePagesDateLineBeforeOneTheTextRecalls() {
        assertEquals(List.of("EVENT 两国元首在北京举行会谈 talks 2024-05-16 @beijing"),
                dated(JOINT + "2024-05-17\n当地时间5月16日上午，两国元首在北京举行会谈。\n2013年9月，双方建立战略伙伴关系。\n"));
    }
}
