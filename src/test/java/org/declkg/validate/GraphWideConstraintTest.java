package org.declkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.Test;

/**
 * SPARQL constraints run once per graph give Jena's results for each kind of target, for messages
 * with and without templates, severities and shape messages; the forms that cannot be run so stay
 * with Jena's validator.
 */
class GraphWideConstraintTest {
    static final String PREFIXES = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix ex: <http://example.org/> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            """;
    /** Things with a size, some negative; a subclass declared in the data; a thing no class targets. */
    static final Graph DATA = turtle("""
            ex:Small rdfs:subClassOf ex:Thing .
            ex:a a ex:Thing ; ex:size 1 ; ex:part ex:b .
            ex:b a ex:Thing ; ex:size -2 .
            ex:c a ex:Small ; ex:size -3 ; ex:size -4 .
            ex:d ex:size -5 .
            ex:e a ex:Other ; ex:part ex:d .
            """);
    static final String NEGATIVE = """
            sh:sparql [ sh:message "size {?value} of {$this} is negative" ;
                sh:select "PREFIX ex: <http://example.org/> SELECT $this ?value WHERE { $this ex:size ?value FILTER(?value < 0) }" ] .
            """;

    @Test
    void classTargetsReachSubclassesDeclaredInTheData() {
        List<String> found = same("ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; " + NEGATIVE, 1);
        assertEquals(List.of("http://example.org/b", "http://example.org/c", "http://example.org/c"), focusNodes(found));
        assertEquals(1, ReportEntries.starting(found, NodeFactory.createURI("http://example.org/c"), null,
                NodeFactory.createLiteralDT("-4", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger),
                "size -4 of <http://example.org/c> is negative").size(), found.toString());
    }

    @Test
    void nodeSubjectsOfAndObjectsOfTargets() {
        assertEquals(List.of("http://example.org/d"),
                focusNodes(same("ex:S a sh:NodeShape ; sh:targetNode ex:d , ex:a ; " + NEGATIVE, 1)));
        assertEquals(List.of("http://example.org/b", "http://example.org/c", "http://example.org/c", "http://example.org/d"),
                focusNodes(same("ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:size ; " + NEGATIVE, 1)));
        assertEquals(List.of("http://example.org/b", "http://example.org/d"),
                focusNodes(same("ex:S a sh:NodeShape ; sh:targetObjectsOf ex:part ; " + NEGATIVE, 1)));
    }

    @Test
    void aShapeWithTwoTargetsChecksEachFocusNodeOnce() {
        assertEquals(List.of("http://example.org/b", "http://example.org/c", "http://example.org/c", "http://example.org/d"),
                focusNodes(same("ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; sh:targetSubjectsOf ex:size ; " + NEGATIVE, 1)));
    }

    @Test
    void aConstraintWithoutMessageAWarningShapeAndAShapeMessage() {
        String noMessage = """
                sh:sparql [ sh:select "PREFIX ex: <http://example.org/> SELECT $this WHERE { $this ex:size ?s FILTER(?s < -2) }" ] .
                """;
        assertEquals(2, same("ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; " + noMessage, 1).size());
        assertEquals(3, same("ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; sh:severity sh:Warning ; sh:message \"too small\" ; "
                + NEGATIVE, 1).size());
    }

    @Test
    void aQueryWithoutThisInItsPatternIsFilteredPerFocusNode() {
        String noClass = """
                sh:sparql [ sh:message "no class" ; sh:select "SELECT $this WHERE { FILTER NOT EXISTS { $this a ?c } }" ] .
                """;
        assertEquals(List.of("http://example.org/d"),
                focusNodes(same("ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:size ; " + noClass, 1)));
        // A target node the data does not mention is a focus node all the same.
        assertEquals(List.of("http://example.org/d", "http://example.org/nowhere"),
                focusNodes(same("ex:S a sh:NodeShape ; sh:targetNode ex:nowhere , ex:d , ex:a ; " + noClass, 1)));
    }

    @Test
    void theTargetsOwnVariablesDoNotMeetTheQuerys() {
        String partTooSmall = """
                sh:sparql [ sh:message "a part is negative" ; sh:select \"""
                    PREFIX ex: <http://example.org/>
                    SELECT $this ?object WHERE { $this ex:part ?object . ?object ex:size ?s FILTER(?s < 0) }\""" ] .
                """;
        assertEquals(List.of("http://example.org/a"),
                focusNodes(same("ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:size ; " + partTooSmall, 1)));
        assertEquals(List.of("http://example.org/a"),
                focusNodes(same("ex:S a sh:NodeShape ; sh:targetObjectsOf ex:size ; sh:targetSubjectsOf ex:size ; "
                        + partTooSmall.replace("?object", "?subject"), 1)));
    }

    @Test
    void aQueryWithOptionalAndBind() {
        String parts = """
                sh:sparql [ sh:message "{?value}" ; sh:select \"""
                    PREFIX ex: <http://example.org/>
                    SELECT $this ?value WHERE {
                      BIND(STR($this) AS ?name)
                      OPTIONAL { $this ex:part ?p FILTER(?p != $this) }
                      FILTER(!BOUND(?p))
                      BIND(CONCAT(?name, " has no part") AS ?value)
                    }\""" ] .
                """;
        assertEquals(List.of("http://example.org/b", "http://example.org/c"),
                focusNodes(same("ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; " + parts, 1)));
    }

    @Test
    void formsThatCannotRunOncePerGraphStayWithJena() {
        String currentShape = """
                sh:sparql [ sh:message "uses the shape" ;
                    sh:select "PREFIX ex: <http://example.org/> SELECT $this WHERE { $this ex:size ?s FILTER(?s < 0 && $currentShape = ex:S) }" ] .
                """;
        assertEquals(List.of("http://example.org/b", "http://example.org/c", "http://example.org/c"),
                focusNodes(same("ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; " + currentShape, 0)));
        String limited = """
                sh:sparql [ sh:message "one" ;
                    sh:select "PREFIX ex: <http://example.org/> SELECT $this WHERE { $this ex:size ?s FILTER(?s < 0) } LIMIT 1" ] .
                """;
        assertEquals(List.of("http://example.org/b", "http://example.org/c"),
                focusNodes(same("ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; " + limited, 0)));
        // Reached through sh:node from another shape as well (ex:d, reported as ex:e's value): not only its targets.
        assertEquals(List.of("http://example.org/b", "http://example.org/c", "http://example.org/c", "http://example.org/e"),
                focusNodes(same("ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; " + NEGATIVE
                        + "ex:T a sh:NodeShape ; sh:targetNode ex:e ; sh:property [ sh:path ex:part ; sh:node ex:S ] .", 0)));
    }

    /**
     * The results on {@link #DATA} of {@link GraphValidator} and of Jena's validator for these shapes;
     * asserts they are the same, and how many SPARQL constraints ran once per graph.
     */
    private static List<String> same(String shapesTurtle, int graphWide) {
        Graph shapes = turtle(shapesTurtle);
        GraphValidator validator = new GraphValidator(shapes);
        assertEquals(graphWide, validator.graphWideConstraints().size());
        List<String> expected = ReportEntries.of(ShaclValidator.get().validate(Shapes.parse(shapes), DATA));
        List<String> actual = ReportEntries.of(validator.report(DATA));
        assertEquals(expected, actual);
        assertFalse(actual.isEmpty(), "expected results");
        return actual;
    }

    private static List<String> focusNodes(List<String> lines) {
        return lines.stream().map(l -> l.substring(0, l.indexOf(" | "))).sorted().toList();
    }

    private static Graph turtle(String body) {
        return RDFParser.fromString(PREFIXES + body, Lang.TURTLE).toGraph();
    }
}
