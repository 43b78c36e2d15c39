package org.declkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.declkg.Fixtures;
import org.declkg.pipeline.Extraction;
import org.declkg.rdf.Vocab.SCHEMA;
import org.junit.jupiter.api.Test;

class GraphBuilderTest {
    private static final String TEXT = "上海合作组织成员国元首理事会阿斯塔纳宣言\n"
            + "上海合作组织成员国领导人于2024年7月4日在阿斯塔纳举行会议。\n"
            + "成员国签署了《关于海关合作的协定》。\n";

    private static Resource id(String kind, String key) { return ResourceFactory.createResource(Iris.of(kind, key)); }

    @Test
    void theDeclarationItsDateAndPlace() {
        Extraction e = Fixtures.extractor().extract("t", TEXT);
        Model m = e.graph();
        String key = "sco-2024-07-04-" + Iris.hashKey("上海合作组织成员国元首理事会阿斯塔纳宣言").substring(0, 8);
        assertEquals(Iris.of("declaration", key), e.declarationIri());
        Resource d = m.getResource(e.declarationIri());
        assertTrue(m.contains(d, RDF.type, DK.Declaration));
        assertTrue(m.contains(d, DCTerms.title, m.createLiteral("上海合作组织成员国元首理事会阿斯塔纳宣言", "zh")));
        assertTrue(m.contains(d, DCTerms.date, m.createTypedLiteral("2024-07-04", XSDDatatype.XSDdate)));
        assertTrue(m.contains(d, SCHEMA.location, id("place", "astana")));
        assertTrue(m.contains(d, DK.organisation, id("organisation", "sco")));
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
        assertTrue(m.contains(m.getResource(e.declarationIri()), DK.signs, doc));
        assertTrue(m.contains(doc, DCTerms.title, m.createLiteral("关于海关合作的协定", "zh")));
        assertTrue(m.contains(doc, DK.documentType, id("document-type", "agreement")));
    }

    @Test
    void everyProvenanceAnchorIsTheSubstringItClaims() {
        Model m = Fixtures.extractor().extract("seed", Fixtures.seed()).graph();
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dk: <https://w3id.org/declkg/ontology#>
                SELECT ?act ?b ?e ?anchor ?text WHERE {
                  ?act dk:declaration ?d ; prov:wasDerivedFrom ?s .
                  ?s nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ; nif:referenceContext ?c .
                  ?c nif:isString ?text }""";
        int checked = 0;
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            for (QuerySolution s : (Iterable<QuerySolution>) qe::execSelect) {
                String text = s.getLiteral("text").getString();
                assertEquals(s.getLiteral("anchor").getString(),
                        text.substring(s.getLiteral("b").getInt(), s.getLiteral("e").getInt()));
                checked++;
            }
        }
        assertEquals(Fixtures.extractor().extract("seed", Fixtures.seed()).actCount(), checked);
    }

    @Test
    void theSameTextTwiceGivesTheSameGraph() {
        Model a = Fixtures.extractor().extract("a", Fixtures.seed()).graph();
        Model b = Fixtures.extractor().extract("b", Fixtures.seed()).graph();
        assertTrue(a.isIsomorphicWith(b));
    }
}
