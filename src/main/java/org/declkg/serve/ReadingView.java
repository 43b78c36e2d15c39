package org.declkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.declkg.knowledge.ActClasses;

/**
 * A declaration read with its graph laid over it: a summary (date, place, organisation and members,
 * how many sentences and statements, the statements per act class of the ontology, the file it was
 * read from) above the text as given, paragraph by paragraph, each statement's span marked in its
 * class's colour and linked to the statement ({@link AnnotatedText}). Written from the declaration's
 * description, which holds the declaration's whole graph, and the act classes of the ontology.
 * Everything shown is escaped.
 */
final class ReadingView {
    private final Links links;

    ReadingView(Links links) { this.links = links; }

    /** An act class of the ontology: local name and labels. */
    private record ActClass(String name, String iri, String zh, String en) {}

    /**
     * The HTML fragment for a declaration from a model that holds its graph (its description); empty
     * when the model has no text for it.
     */
    String html(Model graph, String declaration, ActClasses ontology) {
        List<QuerySolution> facts = select(graph, """
                SELECT ?context ?text ?date ?place ?placeLabel ?org ?orgLabel WHERE {
                  ?d prov:wasDerivedFrom ?context . ?context nif:isString ?text .
                  OPTIONAL { ?d dcterms:date ?date }
                  OPTIONAL { ?d schema:location ?place OPTIONAL { ?place rdfs:label ?placeLabel FILTER(lang(?placeLabel) = "zh") } }
                  OPTIONAL { ?d dk:organisation ?org OPTIONAL { ?org rdfs:label ?orgLabel FILTER(lang(?orgLabel) = "zh") } }
                }""", declaration, null);
        if (facts.isEmpty()) return "";
        QuerySolution f = facts.get(0);
        String context = f.getResource("context").getURI();
        List<AnnotatedText.Part> paragraphs = new ArrayList<>(), sentences = new ArrayList<>();
        for (QuerySolution q : select(graph, """
                SELECT ?kind ?b ?e ?number ?section WHERE {
                  ?x nif:referenceContext ?context ; a ?kind ; nif:beginIndex ?b ; nif:endIndex ?e .
                  FILTER(?kind IN (nif:Paragraph, nif:Sentence))
                  OPTIONAL { ?x dk:paragraphNumber ?number } OPTIONAL { ?x dk:sectionNumber ?section }
                } ORDER BY ?b ?e""", declaration, context)) {
            boolean paragraph = q.getResource("kind").getLocalName().equals("Paragraph");
            AnnotatedText.Part part = new AnnotatedText.Part(q.getLiteral("b").getInt(), q.getLiteral("e").getInt(),
                    paragraph ? optional(q, "number") : null, paragraph ? optional(q, "section") : null);
            (paragraph ? paragraphs : sentences).add(part);
        }
        Map<String, ActClass> classes = actClasses(ontology);
        List<AnnotatedText.Span> spans = spans(graph, declaration, classes);
        StringBuilder b = new StringBuilder("<section class=\"reading\" id=\"reading\">\n<h2>Reading 阅读</h2>\n");
        b.append(summary(graph, declaration, f, sentences, spans));
        b.append(classTable(classes, spans));
        b.append("<p class=\"meta\">Each marked span is a statement, coloured by its class and linked to its page; hover for its ")
                .append("object and actors. A sentence shown plain has no statement; greyed text was not read (headings, ")
                .append("numbering, markup, page furniture). 标色部分为表态，悬停可见对象与表态方；灰色部分未被读取。</p>\n");
        b.append(new AnnotatedText(f.getLiteral("text").getString(), links).html(paragraphs, sentences, spans));
        return b.append("</section>\n").toString();
    }

    /** The act classes of the ontology in their display order (their colours: {@link ActColours}). */
    private static Map<String, ActClass> actClasses(ActClasses ontology) {
        Map<String, ActClass> out = new LinkedHashMap<>();
        for (ActClasses.ActClass c : ontology.all())
            out.put(c.name(), new ActClass(c.name(), c.type().getURI(), c.labelZh(), c.labelEn()));
        return out;
    }

    /** The spans statements are read from, each with its statements, in text order. */
    private List<AnnotatedText.Span> spans(Model graph, String declaration, Map<String, ActClass> classes) {
        Map<String, List<AnnotatedText.Statement>> bySpan = new LinkedHashMap<>();
        Map<String, AnnotatedText.Statement> seen = new LinkedHashMap<>();
        Map<String, List<String>> actors = new LinkedHashMap<>();
        for (QuerySolution q : select(graph, """
                SELECT ?act ?class ?b ?e ?objectLabel ?object ?actor ?actorLabel WHERE {
                  ?act dk:declaration ?d ; a ?class ; prov:wasDerivedFrom ?s ; dk:object ?object ; dk:actor ?actor .
                  ?s nif:beginIndex ?b ; nif:endIndex ?e .
                  OPTIONAL { ?object dcterms:title ?t FILTER(lang(?t) = "zh") }
                  OPTIONAL { ?object rdfs:label ?l FILTER(lang(?l) = "zh") }
                  OPTIONAL { ?actor rdfs:label ?actorLabel FILTER(lang(?actorLabel) = "zh") }
                  BIND(COALESCE(?t, ?l) AS ?objectLabel)
                } ORDER BY ?b ?e ?act ?actor""", declaration, null)) {
            ActClass c = classes.get(q.getResource("class").getLocalName());
            if (c == null || !c.iri().equals(q.getResource("class").getURI())) continue; // dk:Act, or no act class
            String act = q.getResource("act").getURI();
            String actor = q.contains("actorLabel") ? text(q, "actorLabel")
                    : Html.shortName(q.getResource("actor").getURI(), links.iris());
            List<String> by = actors.computeIfAbsent(act, k -> new ArrayList<>());
            if (!by.contains(actor)) by.add(actor);
            if (seen.containsKey(act)) continue;
            String object = q.contains("objectLabel") ? text(q, "objectLabel")
                    : Html.shortName(q.getResource("object").getURI(), links.iris());
            AnnotatedText.Statement st = new AnnotatedText.Statement(act, c.name(), c.zh().isEmpty() ? c.name() : c.zh(), object, "");
            seen.put(act, st);
            bySpan.computeIfAbsent(q.getLiteral("b").getInt() + "," + q.getLiteral("e").getInt(), k -> new ArrayList<>()).add(st);
        }
        List<AnnotatedText.Span> out = new ArrayList<>();
        for (Map.Entry<String, List<AnnotatedText.Statement>> e : bySpan.entrySet()) {
            String[] be = e.getKey().split(",");
            List<AnnotatedText.Statement> withActors = e.getValue().stream().map(st -> new AnnotatedText.Statement(st.iri(),
                    st.actClass(), st.classLabel(), st.object(), String.join("、", actors.get(st.iri())))).toList();
            out.add(new AnnotatedText.Span(Integer.parseInt(be[0]), Integer.parseInt(be[1]), withActors));
        }
        return out;
    }

    private String summary(Model graph, String declaration, QuerySolution f, List<AnnotatedText.Part> sentences, List<AnnotatedText.Span> spans) {
        StringBuilder b = new StringBuilder("<table class=\"reading-summary\">\n");
        if (f.contains("date")) row(b, "Date 日期", Html.esc(text(f, "date")));
        if (f.contains("place")) row(b, "Place 地点", links.a(f.getResource("place").getURI(), text(f, "placeLabel")));
        if (f.contains("org")) row(b, "Organisation 组织", links.a(f.getResource("org").getURI(), text(f, "orgLabel")));
        List<String> members = new ArrayList<>();
        for (QuerySolution q : select(graph, """
                SELECT DISTINCT ?member ?label WHERE {
                  { ?d dk:organisation ?org . ?org org:hasMember ?member } UNION { ?group a dk:MemberStates ; org:hasMember ?member }
                  OPTIONAL { ?member rdfs:label ?label FILTER(lang(?label) = "zh") }
                } ORDER BY ?label""", declaration, null))
            members.add(links.a(q.getResource("member").getURI(), text(q, "label")));
        if (!members.isEmpty()) row(b, "Members 成员国", String.join("、", members) + " <span class=\"n\">(" + members.size() + ")</span>");
        long read = AnnotatedText.inSentences(sentences, spans).stream().filter(inside -> !inside.isEmpty()).count();
        long statements = spans.stream().mapToLong(x -> x.statements().size()).sum();
        row(b, "Text 文本", "<span class=\"sentences\">" + sentences.size() + "</span> sentences 句 · <span class=\"read\">" + read
                + "</span> with a statement 含表态 · <span class=\"statements\">" + statements + "</span> statements 表态 · "
                + links.a(f.getResource("context").getURI(), "text as given 原文"));
        for (QuerySolution q : select(graph, """
                SELECT ?name ?bytes ?sha ?encoding ?started ?version ?commit WHERE {
                  ?d prov:wasGeneratedBy ?run . ?run prov:used ?file ; prov:startedAtTime ?started .
                  ?file dk:fileName ?name ; dk:byteSize ?bytes ; dk:sha256 ?sha ; dk:encoding ?encoding .
                  OPTIONAL { ?run prov:wasAssociatedWith ?agent . ?agent schema:softwareVersion ?version ; dk:commit ?commit }
                } LIMIT 1""", declaration, null))
            row(b, "Source 来源", "<code>" + Html.esc(text(q, "name")) + "</code> · " + Html.esc(text(q, "bytes")) + " bytes · "
                    + Html.esc(text(q, "encoding")) + " · SHA-256 <code class=\"sha\">" + Html.esc(text(q, "sha")) + "</code> · read "
                    + Html.esc(text(q, "started")) + " by declkg " + Html.esc(text(q, "version"))
                    + " (<code>" + Html.esc(text(q, "commit")) + "</code>)");
        return b.append("</table>\n").toString();
    }

    /** Statements per act class, every class of the ontology (none is a figure too), with its colour. */
    private static String classTable(Map<String, ActClass> classes, List<AnnotatedText.Span> spans) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AnnotatedText.Span x : spans)
            for (AnnotatedText.Statement st : x.statements()) counts.merge(st.actClass(), 1, Integer::sum);
        StringBuilder b = new StringBuilder("<table class=\"act-classes\">\n<tr><th>Act class 表态类别</th><th>Statements 表态</th></tr>\n");
        for (ActClass c : classes.values())
            b.append("<tr data-act-class=\"").append(Html.esc(c.name())).append("\"><td><span class=\"swatch\"></span>").append(Html.esc(c.zh())).append(' ')
                    .append("<span class=\"en\">").append(Html.esc(c.en().isEmpty() ? c.name() : c.en())).append("</span></td>")
                    .append("<td class=\"num\">").append(counts.getOrDefault(c.name(), 0)).append("</td></tr>\n");
        return b.append("</table>\n").toString();
    }

    private static void row(StringBuilder b, String name, String html) {
        b.append("<tr><th>").append(name).append("</th><td>").append(html).append("</td></tr>\n");
    }

    private static List<QuerySolution> select(Model graph, String query, String declaration, String context) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(Describer.PREFIXES + query);
        q.setIri("d", declaration);
        if (context != null) q.setIri("context", context);
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(graph).query(q.asQuery()).build()) {
            qe.execSelect().forEachRemaining(row -> {
                QuerySolutionMap copy = new QuerySolutionMap();
                row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                out.add(copy);
            });
        }
        return out;
    }

    /** A value as text: a literal's lexical form, a resource's IRI, "" when unbound. */
    private static String text(QuerySolution q, String var) {
        var n = q.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String optional(QuerySolution q, String var) { return q.contains(var) ? text(q, var) : null; }
}
