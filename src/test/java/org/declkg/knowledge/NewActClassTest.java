package org.declkg.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.declkg.Fixtures;
import org.declkg.eval.EvalReport;
import org.declkg.eval.Evaluator;
import org.declkg.eval.GoldSet;
import org.declkg.extract.Extraction;
import org.declkg.extract.Extractor;
import org.declkg.rdf.DK;
import org.declkg.store.DeclarationStore;
import org.declkg.validate.GraphValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new act class is rows and triples in a copy of {@code ontology/}, and nothing else: the verb's row
 * names the class, the ontology declares it with its direct property, and the act is extracted,
 * conforms to the shapes, is stored in TDB2 and is counted by the evaluation.
 */
class NewActClassTest {
    private static final String CLASS_TRIPLES = """

            dk:Congratulation
                a owl:Class ;
                rdfs:subClassOf dk:Act ;
                rdfs:label "Congratulation"@en , "祝贺"@zh ;
                dk:displayOrder 14 ;
                dk:directProperty dk:congratulates .

            dk:congratulates
                a owl:ObjectProperty ;
                rdfs:label "congratulates"@en , "祝贺"@zh ;
                rdfs:domain dk:Declaration .
            """;
    private static final String TEXT = Fixtures.TITLE + "成员国祝贺《中亚区域合作协定》生效。\n";
    private static final Resource CONGRATULATION = ResourceFactory.createResource(DK.NS + "Congratulation");
    private static final Property CONGRATULATES = ResourceFactory.createProperty(DK.NS + "congratulates");

    @Test
    void aNewActClassIsExtractedStoredValidatedAndScored(@TempDir Path dir) throws IOException {
        Path ontology = dir.resolve("ontology");
        copy(Path.of("ontology"), ontology);
        Files.writeString(ontology.resolve("declkg.ttl"), CLASS_TRIPLES, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Path verbs = ontology.resolve("act-verbs.csv");
        String rows = Files.readString(verbs, StandardCharsets.UTF_8);
        assertTrue(rows.contains("\n祝贺,Statement,prefix,,"), "the verb is a generic statement in the project's lexicon");
        Files.writeString(verbs, rows.replace("\n祝贺,Statement,prefix,,", "\n祝贺,Congratulation,prefix,,"), StandardCharsets.UTF_8);

        KnowledgeBase kb = KnowledgeBase.directory(ontology);
        assertEquals("Congratulation", new ActClasses(kb).all().get(13).name(), "last in display order");
        Extraction e = Extractor.create(kb).extract("congratulation.txt", TEXT);
        Model m = e.graph();
        List<Resource> acts = m.listSubjectsWithProperty(RDF.type, CONGRATULATION).toList();
        assertEquals(1, acts.size(), "one congratulation");
        Resource object = acts.get(0).getPropertyResourceValue(DK.object);
        assertTrue(m.contains(m.createResource(e.declarationIri()), CONGRATULATES, object), "with its direct property");
        assertTrue(new GraphValidator(kb).validate(m).conforms(), new GraphValidator(kb).validate(m).summary());

        try (DeclarationStore store = DeclarationStore.open(dir.resolve("tdb2"))) {
            store.replace(List.of(e));
            Dataset ds = store.dataset();
            long stored = Txn.calculateRead(ds, () -> {
                try (QueryExecution q = QueryExecution.dataset(ds).query("""
                        PREFIX dk: <https://w3id.org/declkg/ontology#>
                        SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?d dk:congratulates ?x . ?a a dk:Congratulation } }""").build()) {
                    return q.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(1, stored, "stored in its declaration's graph");
        }

        GoldSet gold = GoldSet.parse("category\tobject\tdetail\ncongratulates\t中亚区域合作协定\tactors=members\n");
        EvalReport report = new Evaluator(new ActClasses(kb)).evaluate(gold, e);
        assertEquals(new EvalReport.Score(1, 1, 1), report.score("congratulates"));
        assertEquals(1, report.acts().matched(), "counted among the acts");
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }
}
