package org.declkg.argument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declkg.Fixtures;
import org.declkg.pipeline.Annotation;
import org.junit.jupiter.api.Test;

/** Sentence in, memberships the text gives out: "state organisation role [since]". */
class MembershipFinderTest {
    private static List<String> memberships(String text) {
        Annotation doc = Fixtures.extractor().annotate("t", text);
        return doc.memberships().stream()
                .map(m -> m.stateKey() + " " + m.organisationKey() + " " + m.roleKey() + (m.since() == null ? "" : " " + m.since().iso()))
                .toList();
    }

    @Test
    void aGrantVerbGivesTheStatesBeforeTheRoleTheirRole() {
        assertEquals(List.of("laos sco dialogue-partner"), memberships(Fixtures.TITLE + "成员国决定给予老挝人民民主共和国本组织对话伙伴地位。"));
        assertEquals(List.of("united-arab-emirates brics member 2024-01-01", "ethiopia brics member 2024-01-01", "egypt brics member 2024-01-01"),
                memberships("金砖国家领导人宣言\n我们欢迎埃及、埃塞俄比亚和阿联酋自2024年1月1日起成为金砖国家正式成员。"));
        assertEquals(List.of("armenia cica observer"), memberships("亚信峰会宣言\n我们一致同意接纳亚美尼亚共和国为亚信观察员国。"));
        assertEquals(List.of("iran sco member"), memberships(Fixtures.TITLE + "成员国欢迎伊朗伊斯兰共和国成为本组织成员国。"));
    }

    @Test
    void theStatesRightAfterARoleWordHoldIt() {
        assertEquals(List.of("azerbaijan cica member", "georgia cica member", "mongolia cica member"),
                memberships("亚信峰会宣言\n本组织成员国阿塞拜疆共和国、格鲁吉亚和蒙古国领导人出席会议。"));
    }

    @Test
    void noRoleNoMembership() {
        assertEquals(List.of(), memberships(Fixtures.TITLE + "成员国欢迎土耳其共和国代表出席会议。"));
        assertEquals(List.of(), memberships(Fixtures.TITLE + "成员国支持蒙古国举办青年论坛。"));
        assertEquals(List.of(), memberships(Fixtures.TITLE + "成员国给予蒙古国举办本组织成员国青年论坛的机会。"));
    }
}
