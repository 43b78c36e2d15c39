package org.declkg.act;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declkg.Stages;
import org.declkg.pipeline.Annotation;
import org.junit.jupiter.api.Test;

/**
 * What a declaration does and what it only recalls: a signing or adoption the text dates before the
 * declaration is a mention, not an act; "表示" is an act only with the verb or clause after it.
 * Sentence in, "Class object" out.
 */
class PastMentionsTest {
    /** A joint statement dated by its opening, so that earlier dates are the past. */
    private static final String JOINT = "中华人民共和国和吉尔吉斯共和国联合声明\n双方于2031年6月12日在比什凯克举行会谈。\n";

    private static List<String> acts(String sentence) {
        Annotation doc = Stages.run(ActFinder.class, JOINT + sentence);
        return doc.acts().stream().map(a -> a.actClass() + " " + doc.cover(a.object())).toList();
    }

    @Test
    void aDocumentSignedAtThisMeetingIsSigned() {
        assertEquals(List.of("Signing 《中吉两国政府经济技术合作协定》"), acts("双方签署了《中吉两国政府经济技术合作协定》。"));
    }

    @Test
    void aSigningDatedBeforeTheDeclarationIsOnlyRecalled() {
        assertEquals(List.of(), acts("2019年，两国签署了《中吉两国睦邻友好合作条约》。"));
        assertEquals(List.of(), acts("2019年6月13日，双方签署了《中吉两国睦邻友好合作条约》。"));
        assertEquals(List.of(), acts("双方于2019年6月签署了《中吉两国睦邻友好合作条约》。"));
        assertEquals(List.of(), acts("当地时间2020年5月20日上午，双方通过了《中吉两国关于深化合作的联合宣言》。"));
    }

    @Test
    void aRecalledSigningStillLeavesTheStatementAboutIt() {
        assertEquals(List.of("Appreciation 2019年签署的《中吉两国睦邻友好合作条约》"),
                acts("双方高度评价2019年签署的《中吉两国睦邻友好合作条约》。"));
    }

    @Test
    void aDateOnTheDeclarationsOwnDayIsNoPast() {
        assertEquals(List.of("Signing 《中吉两国政府经济技术合作协定》"), acts("2031年6月12日，双方签署了《中吉两国政府经济技术合作协定》。"));
    }

    @Test
    void biaoshiIsAnActOnlyWithTheVerbOrClauseAfterIt() {
        assertEquals(List.of("Welcoming 吉方担任上海合作组织轮值主席国"), acts("双方表示欢迎吉方担任上海合作组织轮值主席国。"));
        assertEquals(List.of("Support 上海合作组织的发展"), acts("双方对上海合作组织的发展表示支持。"));
        assertEquals(List.of("Support 多边贸易体制"), acts("双方表示，支持多边贸易体制。"));
        assertEquals(List.of(), acts("双方表示，"));
    }
}
