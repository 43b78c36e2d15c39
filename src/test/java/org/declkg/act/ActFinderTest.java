package org.declkg.act;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.declkg.Fixtures;
import org.declkg.Stages;
import org.declkg.pipeline.Act;
import org.declkg.pipeline.Actor;
import org.declkg.pipeline.Annotation;
import org.junit.jupiter.api.Test;

/** Sentence in, statements out: "Class object @actors" (actors: members of the title's organisation, or state keys). */
class ActFinderTest {
    private static final String BRICS = "金砖国家领导人第二十次会晤宣言\n";
    private static final String ASEAN = "东南亚国家联盟第五十次峰会宣言\n";
    private static final String CIS = "独立国家联合体国家元首理事会宣言\n";

    private static List<String> acts(String title, String sentence) {
        Annotation doc = Stages.run(ActFinder.class, title + sentence);
        return doc.acts().stream().map(a -> a.actClass() + " " + doc.cover(a.object()) + " @" + actors(a)).toList();
    }

    private static List<String> acts(String sentence) { return acts(Fixtures.TITLE, sentence); }

    private static String actors(Act a) {
        return a.actors().stream().map(x -> x.kind() == Actor.Kind.MEMBERS ? "members:" + x.key() : x.key())
                .collect(Collectors.joining("|"));
    }

    @Test
    void subjectAdverbsVerbObject() {
        assertEquals(List.of("Condemnation 针对平民的一切暴力行为 @members:sco"), acts("成员国强烈谴责针对平民的一切暴力行为。"));
        assertEquals(List.of("Support 各国为地区和平所作的努力 @members:sco"), acts("各成员国将继续支持各国为地区和平所作的努力。"));
        assertEquals(List.of("Support 多边贸易体制 @members:brics"), acts(BRICS, "我们坚定支持多边贸易体制。"));
    }

    @Test
    void theOrganisationOfTheTitleIsWhoseMembersSpeak() {
        assertEquals(List.of("Welcoming 东帝汶加入本组织 @members:asean"), acts(ASEAN, "各成员国欢迎东帝汶加入本组织。"));
        assertEquals(List.of("Call 各方保持克制 @members:cis"), acts(CIS, "成员国元首呼吁各方保持克制。"));
    }

    @Test
    void aReaffirmationChainsWithTheVerbAfterIt() {
        assertEquals(List.of("Reaffirmation 多边贸易体制 @members:sco", "Support 多边贸易体制 @members:sco"),
                acts("成员国重申坚定支持多边贸易体制。"));
        assertEquals(List.of("Reaffirmation 单边制裁 @members:sco", "Opposition 单边制裁 @members:sco"), acts("成员国重申，反对单边制裁。"));
    }

    @Test
    void aCallIsForWhatFollowsItVerbsIncluded() {
        assertEquals(List.of("Call 支持世界卫生组织的工作 @members:brics"), acts(BRICS, "我们呼吁支持世界卫生组织的工作。"));
        assertEquals(List.of("Call 各方保持克制，通过对话协商和平解决分歧 @members:brics"),
                acts(BRICS, "我们呼吁各方保持克制，通过对话协商和平解决分歧。"));
        assertEquals(List.of("Call 国际社会加大援助力度，共同应对人道主义危机 @members:brics"),
                acts(BRICS, "我们呼吁国际社会加大援助力度，共同应对人道主义危机。"));
    }

    @Test
    void verbsJoinedByAConjunctionShareTheirObject() {
        assertEquals(List.of("Welcoming “绿色丝路”倡议 @members:sco", "Support “绿色丝路”倡议 @members:sco"),
                acts("成员国欢迎并支持“绿色丝路”倡议。"));
    }

    @Test
    void aReaffirmationWithACommaTakesTheNextClause() {
        assertEquals(List.of("Reaffirmation 将在平等互利基础上深化能源合作 @members:asean"),
                acts(ASEAN, "成员国重申，将在平等互利基础上深化能源合作。"));
        assertEquals(List.of("Reaffirmation 致力于维护地区和平 @members:asean"), acts(ASEAN, "成员国重申，致力于维护地区和平。"));
        assertEquals(List.of("Reaffirmation 对地区局势紧张深表关切 @members:brics", "Condemnation 针对平民的袭击 @members:brics"),
                acts(BRICS, "我们重申，对地区局势紧张深表关切，强烈谴责针对平民的袭击。"));
    }

    @Test
    void eachClauseOfASentenceIsItsOwnStatement() {
        assertEquals(List.of("Welcoming 地区合作的新进展 @members:sco", "Call 国际社会加大投入 @members:sco",
                        "Opposition 将经贸问题政治化 @members:sco"),
                acts("成员国欢迎地区合作的新进展，呼吁国际社会加大投入，坚决反对将经贸问题政治化。"));
    }

    @Test
    void aPlainPredicateEndsTheStatementBeforeIt() {
        assertEquals(List.of("Support 深化能源合作 @members:sco", "Statement 能源安全十分重要 @members:sco"),
                acts("成员国支持深化能源合作，强调能源安全十分重要。"));
        assertEquals(List.of("Condemnation 2026年5月2日在卡拉奇发生的恐怖袭击事件 @members:cis"),
                acts(CIS, "成员国元首强烈谴责2026年5月2日在卡拉奇发生的恐怖袭击事件，向遇难者家属表示深切慰问。"));
    }

    @Test
    void aClauseOpeningWithAFutureOrVolitionalAdverbIsANewPredicate() {
        assertEquals(List.of("Support 扩大本币结算 @members:brics"), acts(BRICS, "我们支持扩大本币结算，将继续探讨建立跨境支付体系。"));
    }

    @Test
    void circumfixVerbs() {
        assertEquals(List.of("Welcoming 蒙古国举办青年论坛 @members:sco"), acts("成员国对蒙古国举办青年论坛表示欢迎。"));
        assertEquals(List.of("Appreciation 哈萨克斯坦担任主席国期间所做工作 @members:sco"),
                acts("成员国对哈萨克斯坦担任主席国期间所做工作予以高度评价。"));
        assertEquals(List.of("Condemnation 袭击联合国维和人员的行为 @members:brics"), acts(BRICS, "我们对袭击联合国维和人员的行为表示谴责。"));
        assertEquals(List.of("Statement 地区局势紧张 @members:sco"), acts("成员国对地区局势紧张表示关切。"));
        assertEquals(List.of("Appreciation 各国在减贫领域取得的进展 @members:sco"), acts("成员国对各国在减贫领域取得的进展表示满意。"));
    }

    @Test
    void lightAndVariantVerbs() {
        assertEquals(List.of("Appreciation 东盟在地区事务中发挥的中心作用 @members:sco"), acts("成员国赞赏东盟在地区事务中发挥的中心作用。"));
        assertEquals(List.of("Appreciation 新开发银行为基础设施建设提供的支持 @members:brics"),
                acts(BRICS, "我们肯定新开发银行为基础设施建设提供的支持。"));
        assertEquals(List.of("Appreciation 巴西作为主席国所做的工作 @members:brics"), acts(BRICS, "我们积极评价巴西作为主席国所做的工作。"));
        assertEquals(List.of("Support 阿富汗和平进程 @members:sco"), acts("成员国表示支持阿富汗和平进程。"));
        assertEquals(List.of("Opposition 干涉别国内政 @members:sco"), acts("成员国坚持反对干涉别国内政。"));
        assertEquals(List.of("Call 冲突各方立即停火 @members:brics"), acts(BRICS, "我们敦促冲突各方立即停火。"));
        assertEquals(List.of("Statement 通过多边合作打击跨国犯罪十分重要 @members:sco"), acts("成员国强调通过多边合作打击跨国犯罪十分重要。"));
    }

    @Test
    void namedStatesSpeakForThemselvesOnly() {
        assertEquals(List.of("Support 该倡议 @kazakhstan|russia|uzbekistan"), acts("哈萨克斯坦共和国、俄罗斯联邦和乌兹别克斯坦共和国支持该倡议。"));
        assertEquals(List.of("Welcoming 印度共和国担任2026年金砖国家主席国 @russia|china"),
                acts(BRICS, "俄罗斯联邦和中华人民共和国欢迎印度共和国担任2026年金砖国家主席国。"));
        assertEquals(List.of("Support 建立统一的交通运输空间 @belarus|kazakhstan"), acts(CIS, "白俄罗斯和哈萨克斯坦支持建立统一的交通运输空间。"));
    }

    @Test
    void whatIsDoneAtTheMeetingNeedsToBeReportedAsDone() {
        assertEquals(List.of("Signing 《关于海关合作的协定》 @members:sco"), acts("成员国签署了《关于海关合作的协定》。"));
        assertEquals(List.of("Adoption 《关于粮食安全的声明》 @members:sco"), acts("会议通过了《关于粮食安全的声明》。"));
        assertEquals(List.of("Issuance 《关于能源合作的声明》 @members:sco"), acts("发表了《关于能源合作的声明》。"));
        assertEquals(List.of("Approval 《东盟2026—2030年互联互通总体规划》 @members:asean"),
                acts(ASEAN, "我们批准了《东盟2026—2030年互联互通总体规划》。"));
        // referred to, not done here: what is noted is the clause, no signing
        assertEquals(List.of("Noting 2001年签署的《某某公约》具有重要作用 @members:sco"), acts("成员国指出，2001年签署的《某某公约》具有重要作用。"));
        assertEquals(List.of("Statement 以协商一致方式通过《某某公约》十分重要 @members:sco"),
                acts("成员国强调，以协商一致方式通过《某某公约》十分重要。"));
        assertEquals(List.of("Call 各方推动签署《某某条约》 @members:sco"), acts("成员国呼吁各方推动签署《某某条约》。"));
        assertEquals(List.of("Statement 《金砖国家经济伙伴战略2025》 @members:brics"), acts(BRICS, "我们将继续落实《金砖国家经济伙伴战略2025》。"));
        assertEquals(List.of(), acts(BRICS, "我们将签署《关于数字贸易的协定》。"));
        assertEquals(List.of(), acts(ASEAN, "有关国家通过的《东盟数字总体规划》为合作提供了指导。"));
    }

    @Test
    void negatedVerbsAreNotStatementsButNotSupportingIsOpposing() {
        assertEquals(List.of(), acts("成员国不签署任何针对第三方的协定。"));
        assertEquals(List.of(), acts(BRICS, "我们不反对各国自主选择发展道路。"));
        assertEquals(List.of("Opposition 任何形式的封锁 @members:sco"), acts("成员国不支持任何形式的封锁。"));
        assertEquals(List.of("Opposition 在网络空间搞阵营对抗 @members:brics"), acts(BRICS, "我们不赞成在网络空间搞阵营对抗。"));
    }

    @Test
    void anObjectRunsOverCommasUntilTheNextVerb() {
        assertEquals(List.of("Noting 在全球经济放缓的背景下，某国计划举办投资论坛 @members:sco"),
                acts("成员国注意到，在全球经济放缓的背景下，某国计划举办投资论坛。"));
    }

    @Test
    void anAnaphorOrADoneListEndsTheObject() {
        assertEquals(List.of("Noting 建立能源联盟的倡议 @members:sco"), acts("成员国注意到建立能源联盟的倡议，该倡议旨在保障能源安全。"));
        assertEquals(List.of("Approval 《某某发展战略》 @members:sco"), acts("成员国批准了《某某发展战略》，确定了今后的优先方向。"));
    }

    @Test
    void aPrepositionalPhraseMayStandBeforeTheVerb() {
        assertEquals(List.of("Support 制定数字经济规则 @members:sco"), acts("成员国在联合国框架内支持制定数字经济规则。"));
        assertEquals(List.of("Welcoming 南非担任主席国 @members:brics"), acts(BRICS, "我们在此背景下欢迎南非担任主席国。"));
    }

    @Test
    void aLightVerbAdverbsAndAnActVerbCloseACircumfix() {
        assertEquals(List.of("Appreciation “合作年”系列活动的成功举办 @members:brics"),
                acts(BRICS, "我们对“合作年”系列活动的成功举办予以积极评价。"));
        assertEquals(List.of("Support 该国的和平进程 @members:brics"), acts(BRICS, "我们对该国的和平进程表示坚决支持。"));
    }

    @Test
    void aWordForAGroupOfStatesIsThoseStates() {
        assertEquals(List.of("Support 全球发展倡议 @kazakhstan|kyrgyzstan|tajikistan|turkmenistan|uzbekistan"),
                acts(BRICS, "中亚国家支持全球发展倡议。"));
        assertEquals(List.of("Support 各方提出的关于建立水资源合作机制的倡议 @china"), acts(BRICS, "中方支持各方提出的关于建立水资源合作机制的倡议。"));
    }

    @Test
    void aShortNameOfTheOrganisationsBodyIsTheMemberStates() {
        assertEquals(List.of("Approval 《本组织2027—2031年发展战略》 @members:sco"), acts("元首理事会批准了《本组织2027—2031年发展战略》。"));
    }
}
