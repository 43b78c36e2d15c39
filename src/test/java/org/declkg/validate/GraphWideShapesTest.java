package org.declkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.graph.compose.Union;
import org.declkg.Fixtures;
import org.declkg.extract.Extraction;
import org.declkg.rdf.DK;
import org.declkg.rdf.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's shapes, checked by {@link GraphValidator} (SPARQL constraints once per graph) and by
 * Jena's plain SHACL validator on the full shapes: the same results, focus node by focus node.
 */
class GraphWideShapesTest {
    static final String TWELVE = "an act is also one of the act classes (a class with a dk:directProperty)";
    static final String DIRECT = "the declaration links to the act's object by the direct property of the act's class";
    static final String ANCHOR = "the anchor is the substring of the context between begin and end";

    static Graph shapes;
    /** The act classes of the ontology, validated with the data as SHACL reads class hierarchies from it. */
    static Graph vocabulary;
    static GraphValidator validator;
    static Extraction seed;

    @BeforeAll
    static void setUp() {
        shapes = Fixtures.kb().shapes().getGraph();
        vocabulary = GraphValidator.actClasses(Fixtures.actClasses());
        validator = new GraphValidator(shapes, vocabulary); // the same blank nodes as the shapes Jena is given below
        seed = Fixtures.extractor().extract(Fixtures.SEED.getFileName().toString(), Fixtures.seed());
    }

    @Test
    void allEightSparqlConstraintsOfTheShapesRunOncePerGraph() {
        assertEquals(8, validator.graphWideConstraints().size());
    }

    @Test
    void theQueriesAsRunAreSparqlThatReadsBack() {
        for (GraphWideConstraint c : validator.graphWideConstraints()) {
            String text = c.toString();
            assertEquals(text, QueryFactory.create(text).toString());
            assertTrue(text.contains("$this") || text.contains("?this"), text);
        }
    }

    @Test
    void theSeedConformsBothWays() {
        assertEquals(List.of(), ReportEntries.of(validator.report(seed.graph().getGraph())));
        assertEquals(List.of(), ReportEntries.of(ShaclValidator.get().validate(Shapes.parse(shapes),
                new Union(seed.graph().getGraph(), vocabulary))));
    }

    @Test
    void anActOfNoneOfTheActClasses() {
        Resource[] act = new Resource[1];
        List<String> found = sameBothWays(m -> {
            act[0] = act(m, DK.Signing);
            m.remove(act[0], RDF.type, DK.Signing);
        });
        assertEquals(1, found.size(), found.toString());
        assertEquals(1, ReportEntries.starting(found, act[0].asNode(), null, act[0].asNode(), TWELVE).size(), found.toString());
    }

    @Test
    void twoActsOfNoneOfTheActClassesAreTwoResults() {
        List<String> found = sameBothWays(m -> {
            m.remove(act(m, DK.Condemnation), RDF.type, DK.Condemnation);
            m.remove(act(m, DK.Support), RDF.type, DK.Support);
        });
        assertEquals(2, messages(found, TWELVE).size(), found.toString());
    }

    @Test
    void aMissingDirectProperty() {
        Resource[] actAndObject = new Resource[2];
        List<String> found = sameBothWays(m -> {
            Resource a = act(m, DK.Condemnation);
            Resource object = a.getPropertyResourceValue(DK.object);
            actAndObject[0] = a;
            actAndObject[1] = object;
            m.remove(a.getPropertyResourceValue(DK.declaration), DK.condemns, object);
        });
        // Every condemnation of that object reports it; the one broken above is among them.
        assertEquals(1, ReportEntries.starting(found, actAndObject[0].asNode(), null, actAndObject[1].asNode(), DIRECT).size(),
                found.toString());
        assertEquals(messages(found, DIRECT).size(), found.size(), found.toString());
    }

    @Test
    void anAnchorWhoseOffsetsDoNotMatch() {
        Resource[] anchor = new Resource[1];
        List<String> found = sameBothWays(m -> {
            Resource s = act(m, DK.Call).getPropertyResourceValue(Vocab.PROV.wasDerivedFrom);
            anchor[0] = s;
            int end = s.getProperty(Vocab.NIF.endIndex).getInt();
            m.removeAll(s, Vocab.NIF.endIndex, null);
            m.add(s, Vocab.NIF.endIndex, m.createTypedLiteral(Integer.toString(end - 1), XSDDatatype.XSDnonNegativeInteger));
        });
        assertEquals(1, found.size(), found.toString());
        assertEquals(1, ReportEntries.starting(found, anchor[0].asNode(), null, anchor[0].asNode(), ANCHOR).size(), found.toString());
    }

    @Test
    void aCoreViolationAlone() {
        List<String> found = sameBothWays(m -> m.removeAll(act(m, DK.Welcoming), DK.actor, null));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("actor"), found.toString());
    }

    @Test
    void everyKindAtOnce() {
        List<String> found = sameBothWays(m -> {
            m.remove(act(m, DK.Noting), RDF.type, DK.Noting);
            Resource c = act(m, DK.Reaffirmation);
            m.remove(c.getPropertyResourceValue(DK.declaration), DK.reaffirms, c.getPropertyResourceValue(DK.object));
            Resource s = act(m, DK.Appreciation).getPropertyResourceValue(Vocab.PROV.wasDerivedFrom);
            m.removeAll(s, Vocab.NIF.anchorOf, null);
            m.add(s, Vocab.NIF.anchorOf, "不是这一句");
            m.removeAll(act(m, DK.Opposition), DK.verb, null);
        });
        assertEquals(1, messages(found, TWELVE).size(), found.toString());
        assertTrue(messages(found, DIRECT).size() >= 1, found.toString());
        assertEquals(1, messages(found, ANCHOR).size(), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.contains("verb")), found.toString());
    }

    /** The seed's graph broken by {@code breaker}: the results of both validators, which must be the same and not empty. */
    private static List<String> sameBothWays(Consumer<Model> breaker) {
        Model m = ModelFactory.createDefaultModel().add(seed.graph());
        breaker.accept(m);
        ValidationReport plain = ShaclValidator.get().validate(Shapes.parse(shapes), new Union(m.getGraph(), vocabulary));
        List<String> expected = ReportEntries.of(plain);
        List<String> actual = ReportEntries.of(validator.report(m.getGraph()));
        assertEquals(expected, actual);
        assertTrue(!actual.isEmpty(), "the broken graph must have violations");
        assertEquals(expected.size(), validator.validate(m).violations());
        return actual;
    }

    private static List<String> messages(List<String> entries, String message) {
        return ReportEntries.withMessage(entries, message);
    }

    private static Resource act(Model m, Resource cls) { return m.listSubjectsWithProperty(RDF.type, cls).next(); }
}
