package org.declkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/** The facts of an extracted graph, read back with SPARQL, in the categories of the gold files. */
final class ExtractedFacts {
    static final List<String> ACT_PROPERTIES = List.of("signs", "approves", "adopts", "issues", "condemns", "notes",
            "welcomes", "appreciates", "supports", "opposes", "callsFor", "reaffirms");

    private static final String PREFIXES = """
            PREFIX dk: <https://w3id.org/declkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <http://schema.org/>
            PREFIX org: <http://www.w3.org/ns/org#>
            """;

    private ExtractedFacts() {}

    static List<Fact> of(Model m) {
        List<Fact> out = new ArrayList<>();
        for (QuerySolution q : select(m, """
                SELECT ?t ?date ?place WHERE { ?d a dk:Declaration ; dcterms:title ?t .
                  OPTIONAL { ?d dcterms:date ?date } OPTIONAL { ?d schema:location/rdfs:label ?place FILTER(lang(?place)="zh") } }""")) {
            out.add(new Fact("title", str(q, "t"), ""));
            if (q.contains("date")) out.add(new Fact("date", str(q, "date"), ""));
            if (q.contains("place")) out.add(new Fact("place", str(q, "place"), ""));
        }
        for (String p : ACT_PROPERTIES) {
            Map<String, TreeSet<String>> actors = new TreeMap<>();
            for (QuerySolution q : select(m, """
                    SELECT ?label ?actor WHERE { ?d dk:%s ?o .
                      ?act dk:declaration ?d ; dk:object ?o ; dk:actor ?actor ; a ?c . ?c dk:directProperty dk:%s .
                      OPTIONAL { ?o dcterms:title ?title } OPTIONAL { ?o rdfs:label ?l FILTER(lang(?l)="zh") }
                      BIND(COALESCE(?title, ?l) AS ?label) }""".formatted(p, p))) {
                if (!q.contains("label")) continue;
                String actor = q.getResource("actor").getURI();
                actors.computeIfAbsent(str(q, "label"), k -> new TreeSet<>())
                        .add(actor.contains("/group/") ? "members" : actor.substring(actor.lastIndexOf('/') + 1));
            }
            actors.forEach((label, who) -> out.add(new Fact(p, label, "actors=" + String.join("|", who))));
        }
        for (QuerySolution q : select(m, """
                SELECT ?l (SAMPLE(?s) AS ?start) (SAMPLE(?e) AS ?end) (SAMPLE(?pl) AS ?place) WHERE { ?x a dk:Event ; rdfs:label ?l .
                  OPTIONAL { ?x schema:startDate ?s } OPTIONAL { ?x schema:endDate ?e }
                  OPTIONAL { ?x schema:location/rdfs:label ?pl FILTER(lang(?pl)="zh") } } GROUP BY ?l"""))
            out.add(new Fact("event", str(q, "l"), detail("start", str(q, "start"), "end", str(q, "end"), "place", str(q, "place"))));
        for (QuerySolution q : select(m, """
                SELECT ?t (SAMPLE(?dt) AS ?date) (SAMPLE(?pl) AS ?place) WHERE { ?x a dk:Document ; dcterms:title ?t .
                  OPTIONAL { ?x dcterms:date ?dt } OPTIONAL { ?x schema:location/rdfs:label ?pl FILTER(lang(?pl)="zh") } } GROUP BY ?t"""))
            out.add(new Fact("document", str(q, "t"), detail("date", str(q, "date"), "place", str(q, "place"))));
        for (QuerySolution q : select(m, "SELECT DISTINCT ?l WHERE { ?x a dk:Initiative ; rdfs:label ?l }"))
            out.add(new Fact("initiative", str(q, "l"), ""));
        for (QuerySolution q : select(m, "SELECT ?s ?r WHERE { ?x a org:Membership ; org:member ?s ; org:role ?r }"))
            out.add(new Fact("membership", last(q.getResource("s").getURI()) + " " + last(q.getResource("r").getURI()), ""));
        return out;
    }

    private static String detail(String... kv) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2)
            if (!kv[i + 1].isEmpty()) b.append(b.length() == 0 ? "" : ";").append(kv[i]).append('=').append(kv[i + 1]);
        return b.toString();
    }

    private static String last(String iri) { return iri.substring(iri.lastIndexOf('/') + 1); }

    private static String str(QuerySolution q, String var) {
        RDFNode n = q.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static List<QuerySolution> select(Model m, String query) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }
}
