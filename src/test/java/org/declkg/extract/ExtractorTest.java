package org.declkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.declkg.Fixtures;
import org.declkg.validate.GraphValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whole declarations in: every act traceable to its exact span, and a graph that satisfies the shapes. */
class ExtractorTest {
    static Stream<Path> declarations() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/declarations"))) {
            return Stream.concat(Stream.of(Fixtures.SEED), files.sorted().toList().stream());
        }
    }

    private static Model extract(Path text) throws IOException {
        return Fixtures.extractor().extract(text.getFileName().toString(), Files.readString(text, StandardCharsets.UTF_8)).graph();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void everyActIsTheSubstringItsProvenanceClaims(Path text) throws IOException {
        Model m = extract(text);
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dk: <https://w3id.org/declkg/ontology#>
                SELECT ?act ?b ?e ?anchor ?text WHERE {
                  ?act a dk:Act ; prov:wasDerivedFrom ?s .
                  ?s nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ; nif:referenceContext ?c .
                  ?c nif:isString ?text }""";
        int checked = 0;
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            for (QuerySolution s : (Iterable<QuerySolution>) qe::execSelect) {
                int[] context = s.getLiteral("text").getString().codePoints().toArray(); // NIF counts code points
                int b = s.getLiteral("b").getInt(), e = s.getLiteral("e").getInt();
                assertEquals(s.getLiteral("anchor").getString(), new String(context, b, e - b), s.getResource("act").getURI());
                checked++;
            }
        }
        int acts = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, org.declkg.rdf.DK.Act).toList().size();
        assertTrue(acts > 0);
        assertEquals(acts, checked, "acts with a provenance anchor");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void theGraphSatisfiesTheShapes(Path text) throws IOException {
        Model data = extract(text);
        // Jena's own validator, on the graph with the ontology's act classes, as the shapes ask
        Graph withActClasses = new Union(data.getGraph(), GraphValidator.actClasses(Fixtures.actClasses()));
        ValidationReport report = ShaclValidator.get().validate(Fixtures.kb().shapes().getGraph(), withActClasses);
        if (!report.conforms()) ShLib.printReport(report);
        assertTrue(report.conforms(), text + " violates the shapes");
    }

    @org.junit.jupiter.api.Test
    void aNameWrittenWithEitherDashOfAForumIsOneThing() {
        Model m = Fixtures.extractor().extract("t", """
                中国—中亚峰会西安宣言
                六国元首于2023年5月19日在西安举行中国—中亚峰会。
                各方欢迎中国-中亚合作倡议。
                各方支持中国—中亚合作倡议。
                """).graph();
        assertEquals(1, m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, org.declkg.rdf.DK.Initiative).toList().size());
        assertEquals(2, m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, org.declkg.rdf.DK.Act).toList().size());
    }
}
