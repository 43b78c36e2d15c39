package org.declkg.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.declkg.Fixtures;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Header;
import org.declkg.rdf.Iris;
import org.junit.jupiter.api.Test;

/** A title and opening sentence in, what they say of the declaration out. */
class HeaderFinderTest {
    private static Header header(String text) { return Fixtures.extractor().annotate("t", text).header(); }

    @Test
    void theTitleTheOrganisationTheDateAndThePlace() {
        Annotation doc = Fixtures.extractor().annotate("t",
                "金砖国家领导人第二十次会晤宣言\n我们，金砖国家领导人，于2028年7月6日至7日在巴西里约热内卢举行第二十次会晤。\n");
        Header h = doc.header();
        assertEquals("金砖国家领导人第二十次会晤宣言", doc.cover(h.title()));
        assertEquals("brics", h.organisationKey());
        assertEquals("2028-07-07", h.date().iso()); // adopted on the meeting's last day
        assertEquals("rio-de-janeiro", h.place().key());
        assertNull(h.bodyKey());
    }

    @Test
    void aReferencePageThatOpensOnTheDocumentGivesItsTitleDateAndPlace() {
        Annotation doc = Fixtures.extractor().annotate("t",
                "《北海渔业合作宣言》是挪威和冰岛于2031年5月4日在奥斯陆签订的条约。\n双方同意加强合作。\n");
        Header h = doc.header();
        assertEquals("北海渔业合作宣言", doc.cover(h.title()));
        assertEquals("2031-05-04", h.date().iso());
        assertEquals("oslo", h.place().key());
        // a sentence that is not about a document names no title
        assertNull(header("今天是一个好日子，双方于2031年5月4日会晤。\n").title());
    }

    @Test
    void aBodyNamedInTheTitleIsTheBodyOfItsOwnOrganisation() {
        Header h = header("独立国家联合体国家元首理事会杜尚别宣言\n会议于2027年10月9日在杜尚别举行。\n");
        assertEquals("cis", h.organisationKey());
        assertEquals("cis-chs", h.bodyKey());
        assertEquals("dushanbe", h.place().key());
        // the same words name another organisation's body only in its own declarations
        assertEquals("sco-chs", header("上海合作组织成员国元首理事会比什凯克宣言\n").bodyKey());
    }

    @Test
    void anOrganisationTheKnowledgeBaseDoesNotKnowIsNamedByTheTitle() {
        Header h = header("北方海洋合作组织第二次元首会议宣言\n本组织成员国领导人于2029年6月3日在奥斯陆举行会议。\n");
        assertEquals("北方海洋合作组织", h.organisationLabel());
        assertEquals(Iris.hashKey("北方海洋合作组织"), h.organisationKey());
        assertEquals("2029-06-03", h.date().iso());
        assertEquals("oslo", h.place().key());
    }

    @Test
    void anotherOrganisationsCouncilOfHeadsOfStateIsNotTheShanghaiOnes() {
        Header h = header("北方海洋合作组织成员国元首理事会宣言\n成员国元首于2029年6月3日在奥斯陆举行会议。\n");
        assertEquals(Iris.hashKey("北方海洋合作组织"), h.organisationKey());
        assertNull(h.bodyKey());
        assertEquals("sco", header("成员国元首理事会比什凯克宣言\n").organisationKey()); // the body's name alone: its organisation
    }

    @Test
    void thePlaceIsTheLastOfThePlacesAfterZaiNotAPlaceNamedLater() {
        Header h = header("某某峰会宣言\n六国元首于2027年6月16日在哈萨克斯坦共和国阿斯塔纳举行中国—中亚峰会。\n");
        assertEquals("astana", h.place().key());
        assertEquals("china-central-asia", h.organisationKey()); // the forum the knowledge base knows by that name
        assertNull(h.bodyKey()); // 峰会 alone names no body
    }

    @Test
    void aSummitOfStatesTheKnowledgeBaseDoesNotKnowIsNoOrganisation() {
        Header h = header("某某峰会宣言\n六国元首于2027年6月16日在哈萨克斯坦共和国阿斯塔纳举行北方海洋峰会。\n");
        assertEquals("astana", h.place().key());
        assertNull(h.organisationKey());
        assertNull(h.bodyKey());
    }

    @Test
    void aSummitOfStatesHasTheStatesItsOpeningSentenceListsAsParticipants() {
        Header h = header("某某峰会宣言\n2027年6月16日，中华人民共和国、蒙古国和俄罗斯联邦元首在中国北京举行会晤。\n");
        assertEquals(List.of("china", "mongolia", "russia"), h.participants());
        // an organisation's declaration has its members, not participants; one state alone is no list
        assertEquals(List.of(), header("金砖国家领导人第二十次会晤宣言\n中华人民共和国和俄罗斯联邦领导人于2028年7月6日在巴西举行会晤。\n").participants());
        assertEquals(List.of(), header("某某峰会宣言\n2027年6月16日，蒙古国总统在中国北京主持会晤。\n").participants());
    }
}
