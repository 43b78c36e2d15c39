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

/** Sentence in, objects out: "KIND label type start/end @place". */
class ArgumentFinderTest {
    private static List<String> objects(String sentence) {
        Annotation doc = Fixtures.extractor().annotate("t", Fixtures.TITLE + sentence);
        List<String> out = new ArrayList<>();
        for (Act a : doc.acts()) for (Argument g : doc.objectsOf(a)) out.add(describe(g));
        return out;
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
    }

    @Test
    void theParenthesisAfterANameGivesItsDateAndPlace() {
        assertEquals(List.of("EVENT “丝路纽带—2023”联合演习 exercise 2023-08-15 @astana"),
                objects("成员国注意到“丝路纽带—2023”联合演习（2023年8月15日，阿斯塔纳）取得的成果。"));
        assertEquals(List.of("EVENT 青年领袖论坛 forum 2024-10-22/2024-10-24 @乌兰巴托"),
                objects("成员国欢迎青年领袖论坛（2024年10月22日至24日，乌兰巴托）成果。"));
    }

    @Test
    void aListSharesItsHeadNounAndYear() {
        assertEquals(List.of("EVENT 2024年1月5日在阿斯塔纳发生的恐怖袭击事件 terrorist-attack 2024-01-05 @astana",
                        "EVENT 3月8日在乌法发生的恐怖袭击事件 terrorist-attack 2024-03-08 @ufa"),
                objects("成员国强烈谴责2024年1月5日在阿斯塔纳及3月8日在乌法发生的恐怖袭击事件。"));
    }

    @Test
    void perpetratorsAndTargetsOfAnAttack() {
        assertEquals(List.of("EVENT 以色列于2024年10月对伊朗发动的军事侵略 military-aggression 2024-10 by israel on iran"),
                objects("成员国谴责以色列于2024年10月对伊朗发动的军事侵略。"));
    }

    @Test
    void initiativesWithTheirProposer() {
        assertEquals(List.of("INITIATIVE 中华人民共和国提出的全球发展倡议 initiative proposed by china"),
                objects("成员国支持中华人民共和国提出的全球发展倡议。"));
        assertEquals(List.of("INITIATIVE 关于建立能源研究中心的建议 proposal", "INITIATIVE 关于举办青年运动会的建议 proposal"),
                objects("成员国注意到关于建立能源研究中心和举办青年运动会的建议。"));
    }

    @Test
    void somethingThatNamesNothingIsAProposition() {
        assertEquals(List.of("PROPOSITION 在人权问题上搞双重标准"), objects("成员国反对在人权问题上搞双重标准。"));
        assertEquals(List.of("PROPOSITION 打击恐怖主义和极端主义"), objects("成员国支持打击恐怖主义和极端主义。"));
    }

    @Test
    void aStateOrOrganisationAsTheObject() {
        assertEquals(List.of("ORGANISATION 联合国"), objects("成员国支持联合国。"));
    }

    @Test
    void anEventNameStartsAfterTheVerbThatHoldsIt() {
        assertEquals(List.of("EVENT 上合组织昆明马拉松 marathon 2024-12-01 @kunming"),
                objects("成员国欢迎举行上合组织昆明马拉松（2024年12月1日）。"));
    }
}
