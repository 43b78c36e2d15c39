package org.declkg.act;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.declkg.Fixtures;
import org.declkg.pipeline.Act;
import org.declkg.pipeline.Actor;
import org.declkg.pipeline.Annotation;
import org.junit.jupiter.api.Test;

/** Sentence in, statements out: "Class 对象 @actors". */
class ActFinderTest {
    private static List<String> acts(String sentence) {
        Annotation doc = Fixtures.extractor().annotate("t", Fixtures.TITLE + sentence);
        return doc.acts().stream().map(a -> a.actClass() + " " + doc.cover(a.object()) + " @" + actors(a)).toList();
    }

    private static String actors(Act a) {
        return a.actors().stream().map(x -> x.kind() == Actor.Kind.MEMBERS ? "members" : x.key())
                .collect(Collectors.joining("|"));
    }

    @Test
    void subjectAdverbsVerbObject() {
        assertEquals(List.of("Condemnation 针对平民的一切暴力行为 @members"), acts("成员国强烈谴责针对平民的一切暴力行为。"));
        assertEquals(List.of("Support 各国为地区和平所作的努力 @members"), acts("各成员国将继续支持各国为地区和平所作的努力。"));
    }

    @Test
    void chainedVerbsShareTheirObject() {
        assertEquals(List.of("Reaffirmation 多边贸易体制 @members", "Support 多边贸易体制 @members"),
                acts("成员国重申坚定支持多边贸易体制。"));
        assertEquals(List.of("Reaffirmation 单边制裁 @members", "Opposition 单边制裁 @members"), acts("成员国重申，反对单边制裁。"));
    }

    @Test
    void eachClauseOfASentenceIsItsOwnStatement() {
        assertEquals(List.of("Welcoming 地区合作的新进展 @members", "Call 国际社会加大投入 @members",
                        "Opposition 将经贸问题政治化 @members"),
                acts("成员国欢迎地区合作的新进展，呼吁国际社会加大投入，坚决反对将经贸问题政治化。"));
    }

    @Test
    void aPlainPredicateEndsTheStatementBeforeIt() {
        assertEquals(List.of("Support 深化能源合作 @members"), acts("成员国支持深化能源合作，强调能源安全十分重要。"));
    }

    @Test
    void circumfixVerbs() {
        assertEquals(List.of("Welcoming 蒙古国举办青年论坛 @members"), acts("成员国对蒙古国举办青年论坛表示欢迎。"));
        assertEquals(List.of(), acts("成员国对地区局势紧张表示关切。"));
    }

    @Test
    void namedStatesSpeakForThemselvesOnly() {
        assertEquals(List.of("Support 该倡议 @kazakhstan|russia|uzbekistan"), acts("哈萨克斯坦共和国、俄罗斯联邦和乌兹别克斯坦共和国支持该倡议。"));
    }

    @Test
    void whatIsDoneAtTheMeetingNeedsToBeReportedAsDone() {
        assertEquals(List.of("Signing 《关于海关合作的协定》 @members"), acts("成员国签署了《关于海关合作的协定》。"));
        assertEquals(List.of("Adoption 《关于粮食安全的声明》 @members"), acts("会议通过了《关于粮食安全的声明》。"));
        assertEquals(List.of("Issuance 《关于能源合作的声明》 @members"), acts("发表了《关于能源合作的声明》。"));
        // referred to, not done here
        assertEquals(List.of(), acts("成员国指出，2001年签署的《某某公约》具有重要作用。"));
        assertEquals(List.of(), acts("成员国强调，以协商一致方式通过《某某公约》十分重要。"));
        assertEquals(List.of("Call 各方推动签署《某某条约》 @members"), acts("成员国呼吁各方推动签署《某某条约》。"));
    }

    @Test
    void negatedVerbsAreNotStatements() {
        assertEquals(List.of(), acts("成员国不支持任何形式的封锁。"));
    }

    @Test
    void anObjectRunsOverCommasUntilTheNextVerb() {
        assertEquals(List.of("Noting 在全球经济放缓的背景下，某国计划举办投资论坛 @members"),
                acts("成员国注意到，在全球经济放缓的背景下，某国计划举办投资论坛。"));
    }

    @Test
    void anAnaphorOrADoneListEndsTheObject() {
        assertEquals(List.of("Noting 建立能源联盟的倡议 @members"), acts("成员国注意到建立能源联盟的倡议，该倡议旨在保障能源安全。"));
        assertEquals(List.of("Approval 《某某发展战略》 @members"), acts("成员国批准了《某某发展战略》，确定了今后的优先方向。"));
    }

    @Test
    void aPrepositionalPhraseMayStandBeforeTheVerb() {
        assertEquals(List.of("Support 制定数字经济规则 @members"), acts("成员国在联合国框架内支持制定数字经济规则。"));
    }

    @Test
    void aLightVerbCarriesTheActAfterIt() {
        assertEquals(List.of("Support 阿富汗和平进程 @members"), acts("成员国表示支持阿富汗和平进程。"));
        assertEquals(List.of("Opposition 干涉别国内政 @members"), acts("成员国坚持反对干涉别国内政。"));
        assertEquals(List.of(), acts("成员国强调通过多边合作打击跨国犯罪十分重要。"));
    }
}
