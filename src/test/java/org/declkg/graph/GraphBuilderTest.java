package org.declkg.graph;

import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.declkg.Fixtures;
import org.declkg.Snapshots;
import org.declkg.extract.Extraction;
import org.apache.jena.vocabulary.ORG;
import org.declkg.rdf.Vocab.SCHEMA;
import org.junit.jupiter.api.Test;

/** Text in, exact triples out. */
class GraphBuilderTest {
    private static final String TEXT = "上海合作组织成员国元首理事会阿斯塔纳宣言\n"
            + "上海合作组织成员国领导人于2024年7月4日在阿斯塔纳举行会议。\n"
            + "成员国签署了《关于海关合作的协定》。\n";

    private static Resource id(String kind, String key) { return ResourceFactory.createResource(Iris.DEFAULT.of(kind, key)); }

    private static Literal date(String iso, XSDDatatype type) { return ResourceFactory.createTypedLiteral(iso, type); }

    @Test
    void theDeclarationItsDateAndPlace() {
        Extraction e = Fixtures.extractor().extract("t", TEXT);
        Model m = e.graph();
        String key = "sco-2024-07-04-" + Iris.hashKey("上海合作组织成员国元首理事会阿斯塔纳宣言").substring(0, 8);
        assertEquals(Iris.DEFAULT.of("declaration", key), e.declarationIri());
        Resource d = m.getResource(e.declarationIri());
        assertTrue(m.contains(d, RDF.type, DK.Declaration));
        assertTrue(m.contains(d, DCTerms.title, m.createLiteral("上海合作组织成员国元首理事会阿斯塔纳宣言", "zh")));
        assertTrue(m.contains(d, DCTerms.date, date("2024-07-04", XSDDatatype.XSDdate)));
        assertTrue(m.contains(d, SCHEMA.location, id("place", "astana")));
        assertTrue(m.contains(d, DK.organisation, id("organisation", "sco")));
        assertTrue(m.contains(d, DK.adoptedBy, id("body", "sco-chs")));
        assertTrue(m.contains(id("organisation", "sco"), OWL.sameAs, Vocab.wikidata("Q485207")));
    }

    @Test
    void oneActWithItsObjectActorAndDirectProperty() {
        Extraction e = Fixtures.extractor().extract("t", TEXT);
        Model m = e.graph();
        Resource doc = id("document", Iris.hashKey("关于海关合作的协定"));
        assertEquals(1, e.actCount());
        Resource act = m.listSubjectsWithProperty(DK.declaration).next();
        assertTrue(m.contains(act, RDF.type, DK.Signing));
        assertTrue(m.contains(act, RDF.type, DK.Act));
        assertTrue(m.contains(act, DK.object, doc));
        assertTrue(m.contains(act, DK.actor, id("group", "sco-members")));
        assertTrue(m.contains(act, DK.verb, m.createLiteral("签署了", "zh")));
        assertTrue(m.contains(m.getResource(e.declarationIri()), DK.signs, doc));
        assertTrue(m.contains(doc, DCTerms.title, m.createLiteral("关于海关合作的协定", "zh")));
        assertTrue(m.contains(doc, DK.documentType, id("document-type", "agreement")));
    }

    @Test
    void theMembersInForceOnTheDateOfTheDeclarationFromTheKnowledgeBase() {
        Model m = Fixtures.extractor().extract("t", "上海合作组织成员国元首理事会宣言\n会议于2020年11月10日在莫斯科举行。\n").graph();
        Set<String> members = new TreeSet<>();
        m.listObjectsOfProperty(id("organisation", "sco"), ORG.hasMember).forEach(s -> members.add(s.asResource().getLocalName()));
        assertEquals(Set.of("china", "india", "kazakhstan", "kyrgyzstan", "pakistan", "russia", "tajikistan", "uzbekistan"), members);
        Resource india = id("membership", "sco-india-member");
        assertTrue(m.contains(india, ORG.member, id("state", "india")));
        assertTrue(m.contains(india, ORG.role, id("role", "member")));
        assertTrue(m.contains(india, SCHEMA.startDate, date("2017-06-09", XSDDatatype.XSDdate)));
    }

    @Test
    void aRoleTheTextGivesWithTheSentenceItComesFrom() {
        Model m = Fixtures.extractor().extract("t", "上海合作组织成员国元首理事会宣言\n会议于2025年9月1日在天津举行。\n"
                + "成员国对决定给予老挝人民民主共和国本组织对话伙伴地位表示欢迎。\n").graph();
        Resource laos = id("membership", "sco-laos-dialogue-partner");
        assertTrue(m.contains(laos, RDF.type, ORG.Membership));
        assertTrue(m.contains(laos, ORG.member, id("state", "laos")));
        assertTrue(m.contains(laos, ORG.organization, id("organisation", "sco")));
        assertTrue(m.contains(laos, ORG.role, id("role", "dialogue-partner")));
        assertTrue(m.contains(laos, Vocab.PROV.wasDerivedFrom, (Resource) null));
        assertFalse(m.contains(id("organisation", "sco"), ORG.hasMember, id("state", "laos")));
        assertTrue(m.contains(id("state", "laos"), OWL.sameAs, Vocab.wikidata("Q819")));
    }

    @Test
    void anEventItsTypeDatesPlacePerpetratorsAndTargets() {
        Model m = Fixtures.extractor().extract("t", "金砖国家领导人宣言\n我们强烈谴责以色列于2026年2月对叙利亚发动的空袭，"
                + "欢迎金砖国家电影节（2026年10月18日至19日，莫斯科）成果。\n").graph();
        Resource strike = m.listSubjectsWithProperty(DK.eventType, id("event-type", "military-strike")).next();
        assertTrue(m.contains(strike, RDFS.label, m.createLiteral("以色列于2026年2月对叙利亚发动的空袭", "zh")));
        assertTrue(m.contains(strike, SCHEMA.startDate, date("2026-02", XSDDatatype.XSDgYearMonth)));
        assertTrue(m.contains(strike, DK.perpetrator, id("state", "israel")));
        assertTrue(m.contains(strike, DK.target, id("state", "syria")));
        Resource festival = m.listSubjectsWithProperty(DK.eventType, id("event-type", "festival")).next();
        assertTrue(m.contains(festival, SCHEMA.startDate, date("2026-10-18", XSDDatatype.XSDdate)));
        assertTrue(m.contains(festival, SCHEMA.endDate, date("2026-10-19", XSDDatatype.XSDdate)));
        assertTrue(m.contains(festival, SCHEMA.location, id("place", "moscow")));
        assertTrue(m.contains(id("place", "moscow"), OWL.sameAs, Vocab.wikidata("Q649")));
    }

    @Test
    void anInitiativeAndWhoProposedIt() {
        Model m = Fixtures.extractor().extract("t", "金砖国家领导人宣言\n俄罗斯联邦和巴西联邦共和国支持中华人民共和国提出的全球发展倡议。\n").graph();
        Resource initiative = id("initiative", Iris.hashKey("全球发展倡议"));
        assertTrue(m.contains(initiative, RDF.type, DK.Initiative));
        assertTrue(m.contains(initiative, RDFS.label, m.createLiteral("全球发展倡议", "zh")));
        assertTrue(m.contains(initiative, DK.proposedBy, id("state", "china")));
        Resource act = m.listSubjectsWithProperty(DK.object, initiative).next();
        assertTrue(m.contains(act, RDF.type, DK.Support));
        Set<String> actors = new TreeSet<>();
        m.listObjectsOfProperty(act, DK.actor).forEach(a -> actors.add(a.asResource().getLocalName()));
        assertEquals(Set.of("brazil", "russia"), actors);
    }

    @Test
    void anOrganisationTheKnowledgeBaseDoesNotKnowIsNamedAndItsMembersSpeak() {
        Model m = Fixtures.extractor().extract("t", "北方海洋合作组织第二次元首会议宣言\n成员国支持建立北极航运走廊。\n").graph();
        Resource org = id("organisation", Iris.hashKey("北方海洋合作组织"));
        assertTrue(m.contains(org, RDFS.label, m.createLiteral("北方海洋合作组织", "zh")));
        Resource group = id("group", Iris.hashKey("北方海洋合作组织") + "-members");
        assertTrue(m.contains(group, DK.groupOf, org));
        assertTrue(m.contains(group, RDFS.label, m.createLiteral("北方海洋合作组织成员国", "zh")));
        assertTrue(m.contains(null, DK.actor, group));
    }

    @Test
    void theParticipantsOfASummitOfStatesAreTheMembersOfItsGroup() {
        Extraction e = Fixtures.extractor().extract("t", "某某峰会宣言\n"
                + "2027年6月16日，中华人民共和国、蒙古国和俄罗斯联邦元首在中国北京举行会晤。\n各方支持建立区域交通走廊。\n");
        Model m = e.graph();
        Resource act = m.listSubjectsWithProperty(RDF.type, DK.Support).next();
        Resource group = act.getPropertyResourceValue(DK.actor);
        assertTrue(m.contains(group, RDF.type, DK.MemberStates));
        assertTrue(m.contains(group, RDFS.label, m.createLiteral("与会各国", "zh")));
        Set<String> members = new TreeSet<>();
        m.listObjectsOfProperty(group, ORG.hasMember).forEachRemaining(s -> members.add(s.asResource().getURI()));
        assertEquals(new TreeSet<>(Set.of(id("state", "china").getURI(), id("state", "mongolia").getURI(),
                id("state", "russia").getURI())), members);
    }

    @Test
    void theSameTextTwiceGivesTheSameGraphButForTheTimesOfTheRun() {
        Model a = Fixtures.extractor().extract("a", Fixtures.seed()).graph();
        Model b = Fixtures.extractor().extract("a", Fixtures.seed()).graph();
        assertTrue(Snapshots.withoutRunTimes(a).isIsomorphicWith(Snapshots.withoutRunTimes(b)));
        assertEquals(a.size(), Snapshots.withoutRunTimes(a).size() + 2, "a start and an end time");
    }
}
