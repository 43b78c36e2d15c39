package org.declkg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.declkg.rdf.Prefixes;

/** What the store says of one resource, read across all graphs, each answer in one read transaction. */
final class Describer {
    static final String PREFIXES = """
            PREFIX dk: <https://w3id.org/declkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX schema: <http://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;

    /** How a resource takes part in acts. */
    enum Role {
        /** the acts of a declaration */
        DECLARATION("?act dk:declaration ?x ."),
        /** the acts whose object it is */
        OBJECT("?act dk:object ?x ."),
        /** the acts whose object names it: where, by whom, against whom, what it mentions, who proposed it */
        MENTIONED("?act dk:object ?mentioner . ?mentioner ?via ?x ."
                + " FILTER(?via IN (schema:location, dk:perpetrator, dk:target, dk:mentions, dk:proposedBy))"),
        /** the acts it states, by name or as one of the member (or participating) states that state them together */
        ACTOR("{ ?act dk:actor ?x } UNION { ?act dk:actor ?group . ?group dk:groupOf ?org . ?org org:hasMember ?x }"
                + " UNION { ?act dk:actor ?group . ?group org:hasMember ?x }"),
        /** the act itself */
        SELF("BIND(?x AS ?act)");

        final String pattern;

        Role(String pattern) { this.pattern = pattern; }
    }

    private final Dataset dataset;

    Describer(Dataset dataset) { this.dataset = dataset; }

    /** The resource's own triples, and the labels of what they point to; empty when unknown. */
    Model describe(String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                CONSTRUCT { ?s ?p ?o . ?o rdfs:label ?l . ?o dcterms:title ?t . ?o skos:prefLabel ?pl }
                WHERE { GRAPH ?g { ?s ?p ?o }
                        OPTIONAL { GRAPH ?g2 { ?o rdfs:label ?l } }
                        OPTIONAL { GRAPH ?g3 { ?o dcterms:title ?t } }
                        OPTIONAL { GRAPH ?g4 { ?o skos:prefLabel ?pl } } }""");
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

    /** Acts in which a resource plays a role, with their class, labels, and the text of their sentence. */
    List<QuerySolution> acts(String iri, Role role) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT DISTINCT ?act ?class ?classZh ?classEn ?decl ?declTitle ?object ?objectLabel ?actor ?actorLabel
                                ?b ?e ?text WHERE {
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
                  OPTIONAL { GRAPH ?g5 { ?class rdfs:label ?classZh FILTER(lang(?classZh) = "zh") } }
                  OPTIONAL { GRAPH ?g6 { ?class rdfs:label ?classEn FILTER(lang(?classEn) = "en") } }
                } ORDER BY ?decl ?b ?class ?object""".formatted(role.pattern));
        q.setIri("x", iri);
        return select(q);
    }

    /** The memberships of a state, or the members of an organisation, with role and since when. */
    List<QuerySolution> memberships(String iri, boolean ofOrganisation) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT DISTINCT ?org ?orgLabel ?state ?stateLabel ?wikidata ?role ?since WHERE {
                  GRAPH ?g { ?m org:member ?state ; org:organization ?org ; org:role ?r .
                             OPTIONAL { ?m schema:startDate ?since } }
                  FILTER(%s = ?x)
                  OPTIONAL { GRAPH ?g2 { ?org rdfs:label ?orgLabel FILTER(lang(?orgLabel) = "zh") } }
                  OPTIONAL { GRAPH ?g3 { ?state rdfs:label ?stateLabel FILTER(lang(?stateLabel) = "zh") } }
                  OPTIONAL { GRAPH ?g5 { ?state owl:sameAs ?wikidata } }
                  OPTIONAL { GRAPH ?g4 { ?r skos:prefLabel ?role FILTER(lang(?role) = "zh") } }
                } ORDER BY (!BOUND(?since)) ?since ?stateLabel ?orgLabel""".formatted(ofOrganisation ? "?org" : "?state"));
        q.setIri("x", iri);
        return select(q);
    }

    /** The rows of a SELECT, copied out of the read transaction (TDB2 rows are only readable inside it). */
    List<QuerySolution> select(ParameterizedSparqlString q) {
        return Txn.calculateRead(dataset, () -> {
            List<QuerySolution> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q.asQuery()).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    QuerySolutionMap copy = new QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    out.add(copy);
                });
            }
            return out;
        });
    }

    long count(String sparqlSelectCount) {
        List<QuerySolution> r = select(new ParameterizedSparqlString(PREFIXES + sparqlSelectCount));
        return r.isEmpty() ? 0 : r.get(0).getLiteral("n").getLong();
    }
}
