package org.declkg.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.declkg.knowledge.ActClasses;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Prefixes;

/**
 * Builds the {@link Description} of a resource from the store, in one read transaction, with
 * queries that are each bounded (by LIMIT, or by the page of acts) and that together must finish
 * within the page's time budget; when they do not, {@link TooSlow} says so.
 *
 * <ul>
 * <li>a declaration (or any IRI that names a graph): that graph, whole; a declaration's graph is
 *     everything its text says, so its description is its graph, and its IRI dereferences to it;
 * <li>an act or a span of text: its triples, those pointing at it, and the text it lies in; a text
 *     also its spans ({@code {text}#char=b,e}), with their triples and those pointing at them;
 * <li>anything else: its own triples, the triples pointing at it (memberships with their own triples),
 *     and one page of the acts it takes part in as actor, as object, or as what an object names.
 * </ul>
 * Then the labels (and Wikidata links) of every resource the description mentions.
 */
final class Describer {
    static final String PREFIXES = """
            PREFIX dk: <https://w3id.org/declkg/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX schema: <http://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;
    /** Acts per listing on one page. */
    static final int PAGE_SIZE = 100;
    /** Most triples of a resource's own, and most pointing at it, that a description holds. */
    static final int MAX_OWN = 5000, MAX_INCOMING = 1000;

    /**
     * How a resource takes part in acts: a pattern that binds ?act for the resource ?x, and the
     * triples it matched as a CONSTRUCT template. Each branch of a pattern binds variables of its own
     * (?x itself is a constant by then), so that the template gives only the triples that branch matched.
     */
    enum Role {
        /** the acts it states: by name, as one of the member (or participating) states, or an organisation's members together */
        ACTOR("statements", "Its statements", "其表态", """
                { ?act dk:actor ?x . BIND(?x AS ?named) }
                UNION { ?act dk:actor ?group2 . ?group2 dk:groupOf ?org2 . ?org2 org:hasMember ?x . BIND(?x AS ?member2) }
                UNION { ?act dk:actor ?group3 . ?group3 org:hasMember ?x . BIND(?x AS ?member3) }
                UNION { ?act dk:actor ?group4 . ?group4 dk:groupOf ?x . BIND(?x AS ?whole4) }""",
                "?act dk:actor ?named . ?act dk:actor ?group2 . ?group2 dk:groupOf ?org2 . ?org2 org:hasMember ?member2 ."
                        + " ?act dk:actor ?group3 . ?group3 org:hasMember ?member3 . ?act dk:actor ?group4 . ?group4 dk:groupOf ?whole4 ."),
        /** the acts whose object it is */
        OBJECT("about", "Statements about it", "相关表态", "?act dk:object ?x . BIND(?x AS ?named)", "?act dk:object ?named ."),
        /** the acts whose object names it: where, by whom, against whom, what it mentions, who proposed it */
        MENTIONED("mentions", "Statements that mention it", "提及它的表态", "?act dk:object ?mentioner . ?mentioner ?via ?x ."
                + " FILTER(?via IN (schema:location, dk:perpetrator, dk:target, dk:mentions, dk:proposedBy)) BIND(?x AS ?named)",
                "?act dk:object ?mentioner . ?mentioner ?via ?named .");

        /** the fragment of the list's IRI, {@code {iri}#statements} */
        final String fragment;
        final String en, zh;
        final String pattern;
        final String template;

        Role(String fragment, String en, String zh, String pattern, String template) {
            this.fragment = fragment;
            this.en = en;
            this.zh = zh;
            this.pattern = pattern;
            this.template = template;
        }

        /** The SPARQL query that lists every act of this role for {@code iri}, newest declaration first. */
        String listQuery(String iri) {
            ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + "SELECT DISTINCT ?act ?class ?object ?declaration"
                    + " WHERE {\n  GRAPH ?g { " + pattern + "\n    ?act a ?class ; dk:object ?object ; dk:declaration ?declaration ."
                    + " FILTER(?class != dk:Act) }\n} ORDER BY DESC(?act)");
            q.setIri("x", iri);
            return q.toString();
        }
    }

    /** The page could not be built within its time budget. */
    static final class TooSlow extends RuntimeException {
        TooSlow(Duration budget) { super("the page took longer than " + budget.toMillis() / 1000.0 + " s to build"); }
    }

    private final Dataset dataset;
    private final Iris iris;
    private final Duration budget;

    Describer(Dataset dataset, Iris iris, Duration budget) {
        this.dataset = dataset;
        this.iris = iris;
        this.budget = budget;
    }

    Describer(Dataset dataset, Iris iris) { this(dataset, iris, Duration.ofSeconds(10)); }

    /** The description of {@code iri}, with page {@code page} (from 1) of its acts; empty when the store does not know it. */
    Description describe(String iri, int page) {
        long deadline = System.nanoTime() + budget.toNanos();
        return Txn.calculateRead(dataset, () -> new Build(iri, deadline).run(page));
    }

    Description describe(String iri) { return describe(iri, 1); }

    /** The IRI of page {@code page} of a resource's list of acts in {@code role}. */
    static String pageIri(String iri, int page, Role role) { return iri + "?page=" + page + "#" + role.fragment; }

    /** One description being built, inside the read transaction. */
    private final class Build {
        private final String iri;
        private final long deadline;
        private final Model m = ModelFactory.createDefaultModel();

        Build(String iri, long deadline) {
            this.iri = iri;
            this.deadline = deadline;
            m.setNsPrefixes(Prefixes.all(iris));
        }

        Description run(int page) {
            Model graph = dataset.containsNamedModel(iri) ? copy(dataset.getNamedModel(iri)) : null;
            if (graph != null) m.add(graph);
            m.add(construct("CONSTRUCT { ?x ?p ?o } WHERE { GRAPH ?g { ?x ?p ?o } } LIMIT " + MAX_OWN, null));
            Model incoming = construct("""
                    CONSTRUCT { ?s ?p ?x } WHERE { GRAPH ?g { ?s ?p ?x FILTER(?p NOT IN (dk:actor, dk:object, dk:declaration)) } }
                    LIMIT """ + (MAX_INCOMING + 1), null);
            boolean capped = incoming.size() > MAX_INCOMING;
            m.add(incoming);
            Map<Role, Description.Listing> listings = new EnumMap<>(Role.class);
            String kind = iris.kind(iri);
            if (m.isEmpty()) return new Description(iri, m, null, listings, page, false);
            if (kind.equals("act") || kind.equals("text")) {
                m.add(construct("""
                        CONSTRUCT { ?span ?p ?o . ?c nif:isString ?text } WHERE { GRAPH ?g {
                          { ?x prov:wasDerivedFrom ?span } UNION { BIND(?x AS ?span) }
                          ?span a nif:String ; ?p ?o . OPTIONAL { ?span nif:referenceContext ?c . ?c nif:isString ?text } } }""",
                        null));
                // a text's spans are hash IRIs ({text}#char=b,e): dereferencing one fetches the text's document
                m.add(construct("""
                        CONSTRUCT { ?span ?p ?o . ?s ?q ?span } WHERE { GRAPH ?g {
                          ?span nif:referenceContext ?x ; ?p ?o . OPTIONAL { ?s ?q ?span } } } LIMIT """ + MAX_OWN, null));
            } else if (graph == null) {
                m.add(construct("""
                        CONSTRUCT { ?m ?p ?o } WHERE { GRAPH ?g { { ?m org:member ?x } UNION { ?m org:organization ?x }
                          ?m a org:Membership ; ?p ?o } } LIMIT """ + MAX_INCOMING, null));
                for (Role role : Role.values()) {
                    Description.Listing l = listing(role, page);
                    listings.put(role, l);
                    paging(l, page);
                }
            }
            labels();
            return new Description(iri, m, graph, listings, page, capped);
        }

        /** Page {@code page} of the acts in {@code role}, their triples and their spans, and how they reach the resource. */
        private Description.Listing listing(Role role, int page) {
            long total = select("SELECT (COUNT(DISTINCT ?act) AS ?n) WHERE { GRAPH ?g { " + role.pattern + " } }", null)
                    .get(0).getLiteral("n").getLong();
            if (total == 0 || (long) (page - 1) * PAGE_SIZE >= total) return new Description.Listing(role, total, List.of());
            // No ORDER BY: sorting thousands of acts costs more than everything else on the page, while the
            // store's index order is the same from one request to the next, so the pages are stable and
            // a page is read without going through the others. Acts are sorted within the page.
            List<QuerySolution> rows = select("SELECT DISTINCT ?act WHERE { GRAPH ?g { " + role.pattern + " } }"
                    + " LIMIT " + PAGE_SIZE + " OFFSET " + (long) (page - 1) * PAGE_SIZE, null);
            List<String> acts = rows.stream().map(q -> q.getResource("act").getURI()).distinct()
                    .sorted(java.util.Comparator.reverseOrder()).toList();
            List<RDFNode> nodes = acts.stream().map(a -> (RDFNode) m.createResource(a)).toList();
            m.add(construct("CONSTRUCT { " + role.template + " } WHERE { VALUES (?act) { ?valuesBlock } GRAPH ?g { " + role.pattern + " } }",
                    nodes));
            m.add(construct("""
                    CONSTRUCT { ?act ?p ?o . ?span ?sp ?so } WHERE { VALUES (?act) { ?valuesBlock } GRAPH ?g {
                      { ?act ?p ?o } UNION { ?act prov:wasDerivedFrom ?span . ?span ?sp ?so } } }""", nodes));
            return new Description.Listing(role, total, acts);
        }

        /**
         * The list as a Hydra collection, {@code {iri}#statements}, with its size, the acts of this
         * page as its members, and this page as a view with the first, last, previous and next pages.
         */
        private void paging(Description.Listing l, int page) {
            if (l.total() == 0) return;
            m.setNsPrefix("hydra", Hydra.NS);
            Resource list = m.createResource(iri + "#" + l.role().fragment, Hydra.Collection)
                    .addProperty(org.apache.jena.vocabulary.RDFS.label, l.role().en, "en")
                    .addProperty(org.apache.jena.vocabulary.RDFS.label, l.role().zh, "zh")
                    .addLiteral(Hydra.totalItems, m.createTypedLiteral(l.total()));
            m.add(m.getResource(iri), Hydra.collection, list);
            for (String act : l.acts()) list.addProperty(Hydra.member, m.createResource(act));
            Resource view = m.createResource(pageIri(iri, page, l.role()), Hydra.PartialCollectionView);
            list.addProperty(Hydra.view, view);
            view.addProperty(Hydra.first, m.createResource(pageIri(iri, 1, l.role())))
                    .addProperty(Hydra.last, m.createResource(pageIri(iri, l.pages(), l.role())));
            if (page > 1) view.addProperty(Hydra.previous, m.createResource(pageIri(iri, Math.min(page - 1, l.pages()), l.role())));
            if (page < l.pages()) view.addProperty(Hydra.next, m.createResource(pageIri(iri, page + 1, l.role())));
        }

        /**
         * The labels, titles, names and Wikidata links of every resource the description mentions,
         * from the union graph: every declaration's graph repeats the labels of what it names, and
         * the union gives each once.
         */
        private void labels() {
            Set<RDFNode> mentioned = new LinkedHashSet<>();
            for (Statement s : m.listStatements().toList()) {
                mentioned.add(s.getSubject());
                mentioned.add(s.getPredicate());
                if (s.getObject().isURIResource()) mentioned.add(s.getObject());
            }
            mentioned.removeIf(n -> !n.isURIResource());
            List<RDFNode> all = new ArrayList<>(mentioned);
            for (int from = 0; from < all.size(); from += 500)
                m.add(construct("""
                        CONSTRUCT { ?n ?lp ?l } WHERE { VALUES (?n) { ?valuesBlock }
                          VALUES ?lp { rdfs:label dcterms:title skos:prefLabel owl:sameAs }
                          GRAPH <urn:x-arq:UnionGraph> { ?n ?lp ?l } }""", all.subList(from, Math.min(all.size(), from + 500))));
        }

        private Model construct(String query, Collection<RDFNode> values) {
            Model out = ModelFactory.createDefaultModel();
            try (QueryExecution qe = execution(query, values)) {
                qe.execConstruct(out);
            } catch (QueryCancelledException e) {
                throw new TooSlow(budget);
            }
            return out;
        }

        private List<QuerySolution> select(String query, Collection<RDFNode> values) {
            List<QuerySolution> out = new ArrayList<>();
            try (QueryExecution qe = execution(query, values)) {
                qe.execSelect().forEachRemaining(row -> out.add(copy(row)));
            } catch (QueryCancelledException e) {
                throw new TooSlow(budget);
            }
            return out;
        }

        private QueryExecution execution(String query, Collection<RDFNode> values) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) throw new TooSlow(budget);
            ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + query);
            q.setIri("x", iri);
            if (values != null) q.setValues("valuesBlock", new LinkedHashSet<>(values)); // a Set: values of one variable, not a row
            return QueryExecution.dataset(dataset).query(q.asQuery()).timeout(left).build();
        }
    }

    private Model copy(Model graph) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(Prefixes.all(iris));
        out.add(graph);
        return out;
    }

    private static QuerySolution copy(QuerySolution row) {
        QuerySolutionMap out = new QuerySolutionMap();
        row.varNames().forEachRemaining(v -> out.add(v, row.get(v)));
        return out;
    }

    /** The rows of a SELECT, copied out of the read transaction (TDB2 rows are only readable inside it). */
    List<QuerySolution> select(ParameterizedSparqlString q) {
        return Txn.calculateRead(dataset, () -> {
            List<QuerySolution> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q.asQuery()).timeout(budget.toMillis()).build()) {
                qe.execSelect().forEachRemaining(row -> out.add(copy(row)));
            } catch (QueryCancelledException e) {
                throw new TooSlow(budget);
            }
            return out;
        });
    }

    long count(String sparqlSelectCount) {
        List<QuerySolution> r = select(new ParameterizedSparqlString(PREFIXES + sparqlSelectCount));
        return r.isEmpty() ? 0 : r.get(0).getLiteral("n").getLong();
    }

    /** The act classes of the ontology the store holds, in their display order. */
    ActClasses actClasses() {
        return Txn.calculateRead(dataset, () -> {
            String graph = iris.ontologyGraph();
            return new ActClasses(dataset.containsNamedModel(graph) ? copy(dataset.getNamedModel(graph))
                    : ModelFactory.createDefaultModel());
        });
    }


    static boolean hasType(Resource r, Resource type) { return r.hasProperty(org.apache.jena.vocabulary.RDF.type, type); }
}
