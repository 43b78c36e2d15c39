package org.declkg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.declkg.rdf.Prefixes;

/** What the store says of one resource, read across all graphs. */
final class Describer {
    private static final String PREFIXES = """
            PREFIX dk: <https://w3id.org/declkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX org: <http://www.w3.org/ns/org#>
            """;

    private final Dataset dataset;

    Describer(Dataset dataset) { this.dataset = dataset; }

    /** The resource's own triples, and the labels of what they point to; empty when unknown. */
    Model describe(String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                CONSTRUCT { ?s ?p ?o . ?o rdfs:label ?l . ?o dcterms:title ?t }
                WHERE { GRAPH ?g { ?s ?p ?o }
                        OPTIONAL { GRAPH ?g2 { ?o rdfs:label ?l } }
                        OPTIONAL { GRAPH ?g3 { ?o dcterms:title ?t } } }""");
        q.setIri("s", iri);
        return Txn.calculateRead(dataset, () -> {
            Model m = ModelFactory.createDefaultModel();
            m.setNsPrefixes(Prefixes.all());
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q.asQuery()).build()) {
                qe.execConstruct(m);
            }
            return m;
        });
    }

    /** Statements by, about or in a resource, with what is needed to show their sentence. */
    List<QuerySolution> acts(String iri, String role) {
        String where = switch (role) {
            case "declaration" -> "?act dk:declaration ?x .";
            case "object" -> "?act dk:object ?x .";
            default -> "{ ?act dk:actor ?x } UNION { ?act dk:actor ?group . ?group dk:groupOf ?org . ?org org:hasMember ?x }";
        };
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT DISTINCT ?act ?class ?decl ?declTitle ?object ?objectLabel ?actor ?actorLabel ?b ?e ?text WHERE {
                  GRAPH ?g { %s
                    ?act a ?class ; dk:declaration ?decl ; dk:object ?object ; dk:actor ?actor ;
                         prov:wasDerivedFrom ?s .
                    FILTER(?class != dk:Act)
                    ?s nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?c .
                    ?c nif:isString ?text .
                    OPTIONAL { ?decl dcterms:title ?declTitle }
                    OPTIONAL { ?object rdfs:label ?objectLabel FILTER(lang(?objectLabel) = "zh") }
                  }
                  OPTIONAL { GRAPH ?g4 { ?actor rdfs:label ?actorLabel FILTER(lang(?actorLabel) = "zh") } }
                } ORDER BY ?decl ?b ?class""".formatted(where));
        q.setIri("x", iri);
        return select(q);
    }

    /** The memberships of a state. */
    List<QuerySolution> memberships(String state) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                PREFIX schema: <http://schema.org/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?org ?orgLabel ?role ?since WHERE {
                  GRAPH ?g { ?m org:member ?x ; org:organization ?org ; org:role ?r . OPTIONAL { ?m schema:startDate ?since } }
                  OPTIONAL { GRAPH ?g2 { ?org rdfs:label ?orgLabel FILTER(lang(?orgLabel) = "zh") } }
                  OPTIONAL { GRAPH ?g3 { ?r skos:prefLabel ?role FILTER(lang(?role) = "en") } }
                }""");
        q.setIri("x", state);
        return select(q);
    }

    List<QuerySolution> select(ParameterizedSparqlString q) {
        return Txn.calculateRead(dataset, () -> {
            List<QuerySolution> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q.asQuery()).build()) {
                qe.execSelect().forEachRemaining(out::add);
            }
            return out;
        });
    }

    long count(String sparqlSelectCount) {
        List<QuerySolution> r = select(new ParameterizedSparqlString(PREFIXES + sparqlSelectCount));
        return r.isEmpty() ? 0 : r.get(0).getLiteral("n").getLong();
    }
}
