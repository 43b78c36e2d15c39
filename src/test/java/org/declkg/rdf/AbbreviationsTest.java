package org.declkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.declkg.Fixtures;
import org.junit.jupiter.api.Test;

/** A document named with organisations' short names is the document named with their full names. */
class AbbreviationsTest {
    private static final String HEAD = "金砖国家领导人宣言\n";
    private static final String FULL = "联合国安全理事会与非洲联盟合作协定";

    private static List<Resource> documents(Model m) { return m.listSubjectsWithProperty(RDF.type, DK.Document).toList(); }

    @Test
    void shortNamesAreWrittenOutLongestFirst() {
        // 联合国安理会 contains 安理会: written out whole, not as 联合国 + the full name of 安理会.
        Model m = Fixtures.extractor().extract("t", HEAD + "成员国签署了《联合国安理会与非盟合作协定》。\n").graph();
        Resource doc = ResourceFactory.createResource(Iris.DEFAULT.of("document", Iris.hashKey(FULL)));
        assertEquals(List.of(doc), documents(m));
        assertTrue(m.contains(doc, DCTerms.title, m.createLiteral("联合国安理会与非盟合作协定", "zh")));
        assertTrue(m.contains(doc, SKOS.altLabel, m.createLiteral(FULL, "zh")));
    }

    @Test
    void theFullNameGivesTheSameDocumentWithoutAnAltLabel() {
        Model m = Fixtures.extractor().extract("t", HEAD + "成员国签署了《" + FULL + "》。\n").graph();
        Resource doc = ResourceFactory.createResource(Iris.DEFAULT.of("document", Iris.hashKey(FULL)));
        assertEquals(List.of(doc), documents(m));
        assertEquals(0, m.listStatements(doc, SKOS.altLabel, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
    }
}
