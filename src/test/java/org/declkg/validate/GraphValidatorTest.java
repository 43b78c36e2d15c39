package org.declkg.validate;

import org.apache.jena.vocabulary.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.declkg.Fixtures;
import org.declkg.extract.Extraction;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Vocab;
import org.declkg.graph.WorldGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shapes of ontology/shapes.ttl: the seed conforms; each kind of broken graph is caught. */
class GraphValidatorTest {
    static GraphValidator validator;
    static Extraction seed;

    @BeforeAll
    static void setUp() {
        validator = new GraphValidator(Fixtures.kb());
        seed = Fixtures.extractor().extract(Fixtures.SEED.getFileName().toString(), Fixtures.seed());
    }

    @Test
    void theSeedGraphHasNoViolation() {
        GraphValidator.Result r = validator.validate(seed.graph());
        assertEquals(0, r.violations(), r.summary());
        assertEquals("conforms (0 violations)", r.summary());
    }

    @Test
    void theWorldGraphAndTheWholeUnionConform() {
        Model world = WorldGraph.build(Fixtures.kb(), Iris.DEFAULT);
        assertTrue(validator.validate(world).conforms(), validator.validate(world).summary());
        Model union = ModelFactory.createDefaultModel().add(world).add(seed.graph());
        assertTrue(validator.validate(union).conforms(), validator.validate(union).summary());
    }

    @Test
    void anActWithoutObject() {
        assertViolation("object", m -> m.removeAll(act(m, DK.Condemnation), DK.object, null));
    }

    @Test
    void anActWithTwoObjects() {
        assertViolation("object", m -> {
            Resource a = act(m, DK.Support);
            m.add(a, DK.object, m.createResource("https://w3id.org/declkg/id/event/other"));
            m.add(a.getPropertyResourceValue(DK.declaration), DK.supports, m.createResource("https://w3id.org/declkg/id/event/other"));
        });
    }

    @Test
    void anActWithoutActor() {
        assertViolation("actor", m -> m.removeAll(act(m, DK.Welcoming), DK.actor, null));
    }

    @Test
    void anActWithoutItsSentence() {
        assertViolation("wasDerivedFrom", m -> m.removeAll(act(m, DK.Noting), Vocab.PROV.wasDerivedFrom, null));
    }

    @Test
    void anActOfASubclassThatIsNotTypedAct() {
        assertViolation("type", m -> m.remove(act(m, DK.Signing), RDF.type, DK.Act));
    }

    @Test
    void anActWhoseDeclarationLacksTheDirectLink() {
        assertViolation("direct property", m -> {
            Resource a = act(m, DK.Condemnation);
            m.remove(a.getPropertyResourceValue(DK.declaration), DK.condemns, a.getPropertyResourceValue(DK.object));
        });
    }

    @Test
    void offsetsThatDoNotCoverTheAnchor() {
        assertViolation("anchor", m -> {
            Resource s = act(m, DK.Call).getPropertyResourceValue(Vocab.PROV.wasDerivedFrom);
            int begin = s.getProperty(Vocab.NIF.beginIndex).getInt();
            m.removeAll(s, Vocab.NIF.beginIndex, null);
            m.add(s, Vocab.NIF.beginIndex, m.createTypedLiteral(Integer.toString(begin + 1), XSDDatatype.XSDnonNegativeInteger));
        });
    }

    @Test
    void anActSpanOutsideItsSentence() {
        assertViolation("within its sentence", m -> {
            Resource span = act(m, DK.Call).getPropertyResourceValue(Vocab.PROV.wasDerivedFrom);
            Resource other = m.listSubjectsWithProperty(RDF.type, Vocab.NIF.Sentence).toList().stream()
                    .filter(s -> s.getProperty(Vocab.NIF.endIndex).getInt() < span.getProperty(Vocab.NIF.beginIndex).getInt())
                    .findFirst().orElseThrow();
            m.removeAll(span, Vocab.NIF.sentence, null);
            m.add(span, Vocab.NIF.sentence, other);
        });
        assertViolation("sentence", m -> m.removeAll(act(m, DK.Call).getPropertyResourceValue(Vocab.PROV.wasDerivedFrom),
                Vocab.NIF.sentence, null));
    }

    @Test
    void aSentenceOutOfOrderOrOutsideAParagraph() {
        assertViolation("paragraph", m -> m.removeAll(act(m, Vocab.NIF.Sentence), Vocab.NIF.superString, null));
        assertViolation("next sentence begins after this one ends", m -> {
            Resource first = m.listSubjectsWithProperty(Vocab.NIF.nextSentence).toList().stream()
                    .filter(s -> !m.contains(null, Vocab.NIF.nextSentence, s)).findFirst().orElseThrow();
            Resource second = first.getPropertyResourceValue(Vocab.NIF.nextSentence);
            Resource third = second.getPropertyResourceValue(Vocab.NIF.nextSentence);
            m.removeAll(first, Vocab.NIF.nextSentence, null);
            m.removeAll(second, Vocab.NIF.nextSentence, null);
            m.add(first, Vocab.NIF.nextSentence, third).add(third, Vocab.NIF.nextSentence, second);
            m.removeAll(third, Vocab.NIF.nextSentence, null);
            m.add(third, Vocab.NIF.nextSentence, second);
        });
    }

    @Test
    void aContextThatIsNotTheWholeText() {
        assertViolation("whole text", m -> {
            Resource c = act(m, Vocab.NIF.Context);
            m.removeAll(c, Vocab.NIF.endIndex, null);
            m.add(c, Vocab.NIF.endIndex, m.createTypedLiteral("7176", XSDDatatype.XSDnonNegativeInteger));
        });
    }

    @Test
    void provenanceWithoutItsParts() {
        assertViolation("one extraction", m -> m.removeAll(declaration(m), Vocab.PROV.wasGeneratedBy, null));
        assertViolation("startedAtTime", m -> m.removeAll(act(m, Vocab.PROV.Activity), Vocab.PROV.startedAtTime, null));
        assertViolation("commit", m -> {
            Resource agent = act(m, Vocab.PROV.SoftwareAgent);
            m.removeAll(agent, DK.commit, null);
            m.add(agent, DK.commit, "master");
        });
        assertViolation("sha256", m -> {
            Resource file = act(m, DK.SourceFile);
            m.removeAll(file, DK.sha256, null);
            m.add(file, DK.sha256, "ABC");
        });
        assertViolation("named by its SHA-256", m -> {
            Resource file = act(m, DK.SourceFile);
            String other = "0".repeat(64);
            m.removeAll(file, DK.sha256, null);
            m.add(file, DK.sha256, other);
        });
    }

    @Test
    void anEventDateThatIsNotADate() {
        assertViolation("startDate", m -> {
            Statement d = m.listStatements(null, Vocab.SCHEMA.startDate, (org.apache.jena.rdf.model.RDFNode) null).next();
            m.remove(d);
            m.add(d.getSubject(), Vocab.SCHEMA.startDate, "2025年4月22日");
        });
    }

    @Test
    void aDeclarationWithoutTitleOrWithAStringDate() {
        assertViolation("title", m -> m.removeAll(declaration(m), DCTerms.title, null));
        assertViolation("date", m -> {
            Resource d = declaration(m);
            Literal date = d.getProperty(DCTerms.date).getLiteral();
            m.removeAll(d, DCTerms.date, null);
            m.add(d, DCTerms.date, date.getLexicalForm());
        });
    }

    @Test
    void aStateLinkedToSomethingOtherThanAWikidataEntity() {
        assertViolation("sameAs", m -> m.add(m.listSubjectsWithProperty(RDF.type, DK.State).next(), OWL.sameAs,
                m.createResource("https://en.wikipedia.org/wiki/Somewhere")));
    }

    @Test
    void aMembershipWithoutRole() {
        Model world = WorldGraph.build(Fixtures.kb(), Iris.DEFAULT);
        Resource ms = world.listSubjectsWithProperty(RDF.type, ORG.Membership).next();
        world.removeAll(ms, ORG.role, null);
        GraphValidator.Result r = validator.validate(world);
        assertEquals(1, r.violations(), r.summary());
        assertTrue(r.firstMessage().contains("role"), r.firstMessage());
    }

    private static Resource act(Model m, Resource cls) { return m.listSubjectsWithProperty(RDF.type, cls).next(); }

    private static Resource declaration(Model m) { return m.listSubjectsWithProperty(RDF.type, DK.Declaration).next(); }

    /** The seed's graph, broken by {@code breaker}, has violations, the first of which mentions {@code what}. */
    private static void assertViolation(String what, Consumer<Model> breaker) {
        Model m = ModelFactory.createDefaultModel().add(seed.graph());
        breaker.accept(m);
        GraphValidator.Result r = validator.validate(m);
        assertFalse(r.conforms(), "expected a violation about " + what);
        assertTrue(r.firstMessage().contains(what), r.summary());
    }
}
