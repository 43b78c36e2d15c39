package org.declkg.argument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.declkg.Fixtures;
import org.declkg.pipeline.Act;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.Ref;
import org.junit.jupiter.api.Test;

/** Sentence in, objects out: "KIND label type start/end @place by perpetrators on targets proposed by X". */
class ArgumentFinderTest {
    private static final String BRICS = "金砖国家领导人第二十次会晤宣言\n";
    private static final String CICA = "亚洲相互协作与信任措施会议第九次峰会宣言\n";

    private static List<String> objects(String title, String sentence) {
        Annotation doc = Fixtures.extractor().annotate("t", title + sentence);
        List<String> out = new ArrayList<>();
        for (Act a : doc.acts()) for (Argument g : doc.objectsOf(a)) out.add(describe(g));
        return out;
    }

    private static List<String> objects(String sentence) { return objects(Fixtures.TITLE, sentence); }

    /** Every document, event and initiative the text names, acted on or not. */
    private static List<String> entities(String title, String sentence) {
        Annotation doc = Fixtures.extractor().annotate("t", title + sentence);
        return doc.entities().stream().map(ArgumentFinderTest::describe).toList();
    }

    static String describe(Argument g) {
        StringBuilder b = new StringBuilder(g.kind() + " " + g.label());
        if (g.typeKey() != null) b.append(" ").append(g.typeKey());
        if (g.start() != null) b.append(" ").append(g.start().iso());
        if (g.end() != null) b.append("/").append(g.end().iso());
        for (Ref p : g.places()) b.append(" @").append(p.known() ? p.key() : p.label());
        if (!g.perpetrators().isEmpty()) b.append(" by ").append(keys(g.perpetrators()));
        if (!g.targets().isEmpty()) b.append(" on ").append(keys(g.targets()));
        if (g.proposedBy() != null) b.append(" proposed by ").append(g.proposedBy().key());
        return b.toString();
    }

    private static String keys(List<Ref> refs) { return refs.stream().map(Ref::key).collect(Collectors.joining("|")); }

    @Test
    void aTitleIsADocumentTypedByItsHeadNoun() {
        assertEquals(List.of("DOCUMENT 关于海关合作的协定 agreement", "DOCUMENT 某某合作纲要（2025—2027） programme"),
                objects("成员国签署了《关于海关合作的协定》和《某某合作纲要（2025—2027）》。"));
        assertEquals(List.of("DOCUMENT 关于应对气候变化的联合声明 joint-statement"),
                objects(BRICS, "我们发表了《关于应对气候变化的联合声明》。"));
        assertEquals(List.of("DOCUMENT 东盟成员国关于海上合作的谅解备忘录 memorandum"),
                objects(BRICS, "我们签署了《东盟成员国关于海上合作的谅解备忘录》。"));
    }

    @Test
    void aListOfNamesWhoseLastPairIsJoinedByAndIsThreeNames() {
        assertEquals(List.of("INITIATIVE 全球发展倡议 initiative proposed by china", "INITIATIVE 全球安全倡议 initiative proposed by china",
                        "INITIATIVE 全球文明倡议 initiative proposed by china"),
                objects(BRICS, "我们支持中华人民共和国提出的全球发展倡议、全球安全倡议和全球文明倡议。"));
    }

    @Test
    void eachProposalAfterACommaAndYijiHasItsOwnProposer() {
        assertEquals(List.of("INITIATIVE 关于建立区域水资源论坛的倡议 initiative proposed by kazakhstan",
                        "INITIATIVE 关于举办草原论坛的建议 proposal proposed by mongolia"),
                objects(BRICS, "我们支持哈萨克斯坦共和国提出的关于建立区域水资源论坛的倡议，以及蒙古国关于举办草原论坛的建议。"));
    }

    @Test
    void conjunctsBeforeAFieldWordShareTheEndOfTheName() {
        assertEquals(List.of("DOCUMENT 东盟环境领域合作计划 programme", "DOCUMENT 东盟气候领域合作计划 programme"),
                objects(BRICS, "我们批准了东盟环境和气候领域合作计划。"));
        assertEquals(List.of("DOCUMENT 东盟经贸合作纲要 programme", "DOCUMENT 东盟卫生合作纲要 programme",
                        "DOCUMENT 东盟人文合作纲要 programme"),
                objects(BRICS, "我们通过了东盟经贸、卫生和人文合作纲要。"));
        // Two parties of one plan are no list of plans; a plan without an owner is no document.
        assertEquals(List.of("DOCUMENT 中国和东盟合作计划 programme"), objects(BRICS, "我们欢迎中国和东盟合作计划。"));
        assertEquals(List.of("PROPOSITION 环境和气候领域合作计划"), objects(BRICS, "我们批准了环境和气候领域合作计划。"));
    }

    @Test
    void anOwnersDocumentAboutSomethingIsADocument() {
        assertEquals(List.of("DOCUMENT 东盟秘书长关于东盟上一年度工作的报告 report",
                        "DOCUMENT 东盟地区论坛关于2029年工作的报告 report"),
                objects(BRICS, "我们批准东盟秘书长关于东盟上一年度工作的报告和东盟地区论坛关于2029年工作的报告。"));
        assertEquals(List.of("PROPOSITION 东盟在地区事务中的作用"), objects(BRICS, "我们支持东盟在地区事务中的作用。"));
    }

    @Test
    void welcomingTheSigningOfADocumentDuringTheMeetingIsAboutTheDocument() {
        assertEquals(List.of("DOCUMENT 东盟成员国关于应急救灾互助的协定 agreement"),
                objects(BRICS, "我们欢迎在本次会议期间签署《东盟成员国关于应急救灾互助的协定》。"));
        assertEquals(List.of("PROPOSITION 各方尽快签署《东盟成员国关于应急救灾互助的协定》"),
                objects(BRICS, "我们呼吁各方尽快签署《东盟成员国关于应急救灾互助的协定》。"));
    }

    @Test
    void oneThingBeforeTheListEndIsThatThing() {
        assertEquals(List.of("DOCUMENT 关于海关合作的协定 agreement"), objects("成员国签署了关于海关合作的协定等文件。"));
        assertEquals(List.of("PROPOSITION 尊重各国主权平等"), objects("成员国支持尊重各国主权平等。"));
    }

    @Test
    void anEventSuccessfullyHeldOnADateAtAPlace() {
        assertEquals(List.of("EVENT 领导人会晤 summit 2030-09-15 @astana", "EVENT 第二届青年节 festival 2030-08-01/2030-08-03 @tashkent"),
                entities(BRICS, "领导人会晤于2030年9月15日在阿斯塔纳举行。我们满意地指出，第二届青年节于2030年8月1日至3日在塔什干成功举办。"));
    }

    @Test
    void anAmendmentIsADocumentOfItsOwnType() {
        assertEquals(List.of("DOCUMENT 某某开发银行协定修正案 amendment"), objects(BRICS, "我们签署了《某某开发银行协定修正案》。"));
    }

    @Test
    void aConjunctionOpeningTheNextPieceOfAListIsNoPartOfIt() {
        assertEquals(List.of("EVENT 2026年3月5日在喀布尔发生的恐怖袭击事件 terrorist-attack 2026-03-05 @kabul",
                        "EVENT 4月9日在巴格达发生的恐怖袭击事件 terrorist-attack 2026-04-09 @baghdad"),
                objects(BRICS, "我们强烈谴责2026年3月5日在喀布尔发生的恐怖袭击事件，以及4月9日在巴格达发生的恐怖袭击事件。"));
    }

    @Test
    void aTitledConceptPaperIsADocumentButATitledInitiativeIsAnInitiative() {
        assertEquals(List.of("DOCUMENT 独联体成员国军事合作构想 concept"), objects("成员国签署了《独联体成员国军事合作构想》。"));
        assertEquals(List.of("INITIATIVE 关于各国团结合作的倡议 initiative"), objects("成员国支持《关于各国团结合作的倡议》。"));
    }

    @Test
    void unquotedDocumentsNamedByTheirSubjectNumberOrOwner() {
        assertEquals(List.of("DOCUMENT 关于秘书处预算的决议 resolution"), objects("会议通过了关于秘书处预算的决议。"));
        assertEquals(List.of("DOCUMENT 联合国安理会第2254号决议 resolution"), entities(BRICS, "我们呼吁各方根据联合国安理会第2254号决议推动政治解决。"));
        assertEquals(List.of("DOCUMENT 联合国安理会第2758（1971）号决议 resolution 1971"),
                entities(BRICS, "我们重申联合国安理会第2758（1971）号决议的权威。"));
        // a memorandum someone else is to sign is no document of this declaration; nor are "relevant resolutions"
        assertEquals(List.of("PROPOSITION 秘书处同联合国开发计划署签署备忘录"), objects("成员国支持秘书处同联合国开发计划署签署备忘录。"));
        assertEquals(List.of("PROPOSITION 全面执行联合国安理会相关决议"), objects("成员国支持全面执行联合国安理会相关决议。"));
    }

    @Test
    void aQuotedTitleBeforeADocumentHeadNounIsADocument() {
        assertEquals(List.of("DOCUMENT 加强数字能力建设国际合作 resolution"),
                entities(BRICS, "我们强调，根据联合国大会“加强数字能力建设国际合作”决议，各国享有平等发展的权利。"));
    }

    @Test
    void aDocumentDatedBeforeItsTitleIsReferredToNotSigned() {
        Annotation doc = Fixtures.extractor().annotate("t", BRICS + "我们重申，1982年签署的《联合国海洋法公约》是处理海洋问题的法律基础。");
        assertEquals(List.of("Reaffirmation"), doc.acts().stream().map(Act::actClass).toList());
        assertEquals(List.of("DOCUMENT 联合国海洋法公约 convention 1982"), doc.entities().stream().map(ArgumentFinderTest::describe).toList());
    }

    @Test
    void theParenthesisAfterANameGivesItsDateAndPlace() {
        assertEquals(List.of("EVENT “丝路纽带—2023”联合演习 exercise 2023-08-15 @astana"),
                objects("成员国注意到“丝路纽带—2023”联合演习（2023年8月15日，阿斯塔纳）取得的成果。"));
        assertEquals(List.of("EVENT 青年领袖论坛 forum 2024-10-22/2024-10-24 @ulaanbaatar"),
                objects("成员国欢迎青年领袖论坛（2024年10月22日至24日，乌兰巴托）成果。"));
        assertEquals(List.of("EVENT 金砖国家外长会晤 ministerial-meeting 2025-09-26 @new-york"),
                objects(BRICS, "我们注意到金砖国家外长会晤(2025年9月26日,纽约)成果。"));
        assertEquals(List.of("EVENT 亚信第六次外长会议 ministerial-meeting 2027-10-30/2027-11-02 @纳林"),
                objects(CICA, "我们注意到亚信第六次外长会议（2027年10月30日至11月2日，纳林）成果。"));
        assertEquals(List.of("EVENT “亚洲文明对话大会” conference 2019-05-15 @beijing"),
                objects(CICA, "我们积极评价“亚洲文明对话大会”（2019年5月15日，北京）取得的成果。"));
    }

    @Test
    void theSuccessfulHoldingOfAnEventIsTheEvent() {
        assertEquals(List.of("EVENT “和平使命—2027”联合演习 exercise 2027-08-20/2027-08-25 @bishkek"),
                objects(CICA, "我们对“和平使命—2027”联合演习（2027年8月20日至25日，比什凯克）的成功举行表示欢迎。"));
    }

    @Test
    void anEventHeldOnADateAtAPlace() {
        assertEquals(List.of("EVENT 第九届国际进口博览会 exhibition 2026-11-04/2026-11-05 @shanghai"),
                objects(BRICS, "我们欢迎于2026年11月4日至5日在上海举行第九届国际进口博览会。"));
        assertEquals(List.of("EVENT 金砖国家运动会 sports-event 2024-10 @kazan", "EVENT 金砖国家电影节 festival 2024-10-18/2024-10-19 @moscow"),
                objects(BRICS, "我们欢迎2024年10月在喀山举办的金砖国家运动会和10月18日至19日在莫斯科举办的金砖国家电影节。"));
    }

    @Test
    void aListSharesItsHeadNounAndYear() {
        assertEquals(List.of("EVENT 2024年1月5日在阿斯塔纳发生的恐怖袭击事件 terrorist-attack 2024-01-05 @astana",
                        "EVENT 3月8日在乌法发生的恐怖袭击事件 terrorist-attack 2024-03-08 @ufa"),
                objects("成员国强烈谴责2024年1月5日在阿斯塔纳及3月8日在乌法发生的恐怖袭击事件。"));
        assertEquals(List.of("EVENT 2026年1月9日在喀布尔发生的爆炸事件 bombing 2026-01-09 @kabul",
                        "EVENT 1月12日在马扎里沙里夫发生的爆炸事件 bombing 2026-01-12 @马扎里沙里夫"),
                objects(CICA, "我们强烈谴责2026年1月9日在喀布尔和1月12日在马扎里沙里夫发生的爆炸事件。"));
    }

    @Test
    void perpetratorsAndTargetsOfAnAttack() {
        assertEquals(List.of("EVENT 以色列于2024年10月对伊朗发动的军事侵略 military-aggression 2024-10 by israel on iran"),
                objects("成员国谴责以色列于2024年10月对伊朗发动的军事侵略。"));
        assertEquals(List.of("EVENT 以色列于2026年2月对叙利亚发动的空袭 military-strike 2026-02 by israel on syria"),
                objects(BRICS, "我们强烈谴责以色列于2026年2月对叙利亚发动的空袭。"));
        // the place in the target's name is not where the attack took place
        assertEquals(List.of("EVENT 2027年2月14日对巴库—第比利斯输油管道发动的袭击 attack 2027-02-14"),
                objects(CICA, "我们强烈谴责2027年2月14日对巴库—第比利斯输油管道发动的袭击。"));
    }

    @Test
    void initiativesWithTheirProposer() {
        assertEquals(List.of("INITIATIVE 全球发展倡议 initiative proposed by china"),
                objects("成员国支持中华人民共和国提出的全球发展倡议。"));
        assertEquals(List.of("INITIATIVE 关于建立能源研究中心的建议 proposal", "INITIATIVE 关于举办青年运动会的建议 proposal"),
                objects("成员国注意到关于建立能源研究中心和举办青年运动会的建议。"));
        assertEquals(List.of("INITIATIVE 关于建立联合国中亚和阿富汗可持续发展目标区域中心的倡议 initiative proposed by kazakhstan"),
                objects(CICA, "我们支持哈萨克斯坦共和国提出的关于建立联合国中亚和阿富汗可持续发展目标区域中心的倡议。"));
        assertEquals(List.of("INITIATIVE 关于2027年在新德里举办传统医学论坛的建议 proposal proposed by india",
                        "INITIATIVE 关于举办青年节的提议 proposal proposed by mongolia"),
                objects(CICA, "我们注意到印度共和国提出的关于2027年在新德里举办传统医学论坛的建议以及蒙古国关于举办青年节的提议。"));
    }

    @Test
    void twoWholeProposalsJoinedByAConjunctionAreTwo() {
        assertEquals(List.of("INITIATIVE 关于成立数字转型中心的建议 proposal",
                        "INITIATIVE 关于2026年在杜尚别举办水资源国际会议的倡议 initiative proposed by tajikistan"),
                objects(CICA, "我们注意到关于成立数字转型中心的建议和塔吉克斯坦共和国提出的关于2026年在杜尚别举办水资源国际会议的倡议。"));
    }

    @Test
    void somethingThatNamesNothingIsAProposition() {
        assertEquals(List.of("PROPOSITION 在人权问题上搞双重标准"), objects("成员国反对在人权问题上搞双重标准。"));
        assertEquals(List.of("PROPOSITION 打击恐怖主义和极端主义"), objects("成员国支持打击恐怖主义和极端主义。"));
        assertEquals(List.of("PROPOSITION 白俄罗斯共和国和老挝人民民主共和国参加本次会议"),
                objects("成员国表示欢迎白俄罗斯共和国和老挝人民民主共和国参加本次会议。"));
        assertEquals(List.of("PROPOSITION 对关键基础设施的袭击"), objects(BRICS, "我们谴责对关键基础设施的袭击。"));
    }

    @Test
    void aStateOrOrganisationAsTheObject() {
        assertEquals(List.of("ORGANISATION 联合国"), objects("成员国支持联合国。"));
        assertEquals(List.of("ORGANISATION 禁止化学武器组织"), objects(BRICS, "我们支持禁止化学武器组织。"));
    }

    @Test
    void anEventNameStartsAfterTheVerbThatHoldsIt() {
        assertEquals(List.of("EVENT 上合组织昆明马拉松 marathon 2024-12-01 @kunming"),
                objects("成员国欢迎举行上合组织昆明马拉松（2024年12月1日）。"));
        assertEquals(List.of("EVENT 金砖国家领导人第十四次会晤 summit"), objects(BRICS, "我们赞赏中方成功举办金砖国家领导人第十四次会晤。"));
    }

    @Test
    void theMeetingsTheTextDatesAreEventsTheDeclarationsOwnToo() {
        String text = "天山合作组织第三次元首会议宣言\n天山合作组织元首会议于2027年5月20日在第比利斯举行。\n"
                + "下一次元首会议将于2028年在土库曼斯坦阿什哈巴德举行。";
        Annotation doc = Fixtures.extractor().annotate("t", text);
        assertEquals(List.of("EVENT 天山合作组织元首会议 meeting 2027-05-20 @tbilisi", "EVENT 下一次元首会议 meeting 2028 @ashgabat"),
                doc.entities().stream().map(ArgumentFinderTest::describe).toList());
    }

    @Test
    void aQuotedNameEndingWithADocumentHeadNounIsADocument() {
        assertEquals(List.of("DOCUMENT 南海行为准则 guidelines"), entities(BRICS, "我们呼吁早日达成“南海行为准则”。"));
        assertEquals(List.of(), entities(BRICS, "我们支持“五点共识”的全面落实。"));
    }

    @Test
    void anEventAnnouncedWithItsNameAfterTheVerb() {
        assertEquals(List.of("EVENT 第五十次峰会 summit 2027 @manila"),
                entities(BRICS, "我们欢迎菲律宾担任主席国，并将于2027年在马尼拉举行第五十次峰会。"));
        assertEquals(List.of("EVENT 第四次峰会 summit 2029 @china"), entities(BRICS, "各方同意2029年在中华人民共和国举行第四次峰会。"));
    }

    @Test
    void anUnknownPlaceAfterAStateIsTheMoreSpecificOneButAPartOfTheStateIsNot() {
        assertEquals(List.of("EVENT 2026年7月17日在缅甸联邦共和国曼德勒发生的爆炸袭击事件 attack 2026-07-17 @曼德勒"),
                objects(BRICS, "我们强烈谴责2026年7月17日在缅甸联邦共和国曼德勒发生的爆炸袭击事件。"));
        assertEquals(List.of("EVENT 2026年8月在叙利亚境内发生的袭击事件 attack 2026-08 @syria"),
                objects(BRICS, "我们强烈谴责2026年8月在叙利亚境内发生的袭击事件。"));
    }

    @Test
    void theProposerBeforeAListProposedEveryInitiativeOfIt() {
        assertEquals(List.of("INITIATIVE 全球安全倡议 initiative proposed by china", "INITIATIVE 全球文明倡议 initiative proposed by china"),
                objects(BRICS, "我们支持中方提出的全球安全倡议和全球文明倡议。"));
    }

    @Test
    void aCityNameBeforeARegionSuffixNamesTheRegion() {
        assertEquals(List.of("EVENT 2024年3月22日在莫斯科州发生的恐怖袭击事件 terrorist-attack 2024-03-22 @莫斯科州"),
                objects(BRICS, "我们强烈谴责2024年3月22日在莫斯科州发生的恐怖袭击事件。"));
    }

    @Test
    void anEventNamedWithADatedParenthesisInsideAPropositionIsStillAnEvent() {
        assertEquals(List.of("EVENT 传统医学论坛 forum 2026-05-18 @南宁"),
                entities(BRICS, "我们赞赏中方为传统医学论坛（2026年5月18日，南宁）的举办所作的努力。"));
    }

    @Test
    void anEventNamedAfterItsDateAndPlaceOutsideAnyStatementIsAnEvent() {
        assertEquals(List.of("EVENT 数字经济论坛 forum 2028-09 @new-delhi"),
                entities(BRICS, "我们强调，2028年9月在新德里举行的数字经济论坛取得积极成果。"));
        assertEquals(List.of(), entities(BRICS, "我们强调，2028年9月在新德里举行的活动很有意义。"));
    }
}
