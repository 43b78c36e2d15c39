package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.declkg.Fixtures;
import org.declkg.extract.Extraction;
import org.declkg.graph.WorldGraph;
import org.declkg.input.InputText;
import org.declkg.input.TextReader;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.rdf.Iris;
import org.declkg.store.DeclarationStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading view of declarations in a real TDB2 store: the whole text as given, every statement's
 * span linked to it, sentences without statements plain, the counts of the summary as the graph has
 * them, and the text's own markup shown as text, never as markup.
 */
class ReadingViewTest {
    private static final Path DECLARATIONS = Path.of("src/test/resources/declarations");

    @TempDir static Path dir;
    static DeclarationStore store;
    static ReadingView view;
    static Describer describer;
    static Map<String, String> sources = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws Exception {
        store = DeclarationStore.open(dir.resolve("tdb2"));
        KnowledgeBase kb = Fixtures.kb();
        List<Extraction> extractions = new ArrayList<>();
        for (Path file : List.of(Fixtures.SEED, DECLARATIONS.resolve("fictional-dushanbe-traditional.zh.txt"),
                DECLARATIONS.resolve("fictional-kathmandu-mirror.zh.txt"))) {
            InputText in = new TextReader(TextReader.DEFAULT_MAX_BYTES).read(file);
            Extraction e = Fixtures.extractor().extract(in.source(), in.text());
            extractions.add(e);
            sources.put(file.getFileName().toString(), e.declarationIri());
        }
        store.replace(extractions);
        store.replaceShared(Iris.DEFAULT, kb.ontology(), WorldGraph.build(kb, Iris.DEFAULT));
        describer = new Describer(store.dataset(), Iris.DEFAULT);
        view = new ReadingView(new Links(Iris.DEFAULT));
    }

    @AfterAll
    static void close() { store.close(); }

    private static String declaration(String file) { return sources.get(file); }

    /** The reading view of a declaration, from its description as the server builds it. */
    private static String html(String declaration) {
        return view.html(describer.describe(declaration).model(), declaration, describer.actClasses());
    }

    private static List<QuerySolution> select(String query, String declaration) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(Describer.PREFIXES + query);
        q.setIri("d", declaration);
        return describer.select(q);
    }

    private static int occurrences(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** What a reader reads: the text of the page's text part without the tags beside spans and the paragraph badges. */
    private static String readable(String html) {
        String text = html.substring(html.indexOf("<div class=\"reading-text\">"));
        text = text.replaceAll("<sup class=\"tags\">.*?</sup>", "").replaceAll("<span class=\"para-number\">.*?</span>", "")
                .replaceAll("<[^>]*>", "");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("\\s+", "");
    }

    @Test
    void theWholeTextAsGivenIsThereAndNothingElse() {
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String html = html(e.getValue());
            String source = select("SELECT ?text WHERE { GRAPH ?d { ?d prov:wasDerivedFrom ?c . ?c nif:isString ?text } }",
                    e.getValue()).get(0).getLiteral("text").getString();
            assertEquals(source.replaceAll("\\s+", ""), readable(html), e.getKey());
        }
    }

    @Test
    void everyStatementIsLinkedFromItsSpanAndEverySentenceIsShown() {
        String d = declaration("sco-tianjin-2025.zh.txt");
        String html = html(d);
        List<QuerySolution> acts = select("SELECT DISTINCT ?act WHERE { GRAPH ?d { ?act a dk:Act } }", d);
        assertTrue(acts.size() >= 112, "the seed's statements: " + acts.size());
        for (QuerySolution a : acts) {
            String act = a.getResource("act").getURI();
            Matcher span = Pattern.compile("<a class=\"span\" [^>]*href=\"" + Pattern.quote(new Links(Iris.DEFAULT).href(act)) + "\"")
                    .matcher(html);
            Matcher tag = Pattern.compile("<a class=\"tag\" [^>]*href=\"" + Pattern.quote(new Links(Iris.DEFAULT).href(act)) + "\"")
                    .matcher(html);
            assertTrue(tag.find(), act + " is linked from the tag beside its span");
            if (!span.find()) { // several statements read from one span: the span links to the first of them
                String sameSpan = html.substring(0, tag.start());
                assertTrue(sameSpan.lastIndexOf("<a class=\"span\"") > sameSpan.lastIndexOf("</sup>"), act);
            }
        }
        List<QuerySolution> sentences = select("""
                SELECT ?b ?e (COUNT(?act) AS ?acts) WHERE { GRAPH ?d { ?s a nif:Sentence ; nif:beginIndex ?b ; nif:endIndex ?e .
                  OPTIONAL { ?act dk:declaration ?d ; prov:wasDerivedFrom/nif:sentence ?s } } } GROUP BY ?b ?e""", d);
        long withActs = sentences.stream().filter(s -> s.getLiteral("acts").getInt() > 0).count();
        assertEquals(sentences.size(), occurrences(html, "<span class=\"sentence "), "every sentence");
        assertEquals(sentences.size() - withActs, occurrences(html, "<span class=\"sentence plain\""), "those without a statement plain");
        for (QuerySolution s : sentences)
            assertTrue(html.contains("id=\"char=" + s.getLiteral("b").getInt() + "," + s.getLiteral("e").getInt() + "\""));
        assertTrue(html.contains("<span class=\"sentences\">" + sentences.size() + "</span> sentences"));
        assertTrue(html.contains("<span class=\"read\">" + withActs + "</span> with a statement"));
        assertTrue(html.contains("<span class=\"statements\">" + acts.size() + "</span> statements"));
    }

    @Test
    void theSummaryCountsEachActClassOfTheOntology() {
        String d = declaration("sco-tianjin-2025.zh.txt");
        String html = html(d);
        Map<String, Integer> expected = new TreeMap<>();
        for (QuerySolution q : select("""
                SELECT ?class (COUNT(DISTINCT ?act) AS ?n) WHERE { GRAPH ?o { ?class dk:directProperty ?p }
                  OPTIONAL { GRAPH ?d { ?act a ?class ; dk:declaration ?d } } } GROUP BY ?class""", d))
            expected.put(q.getResource("class").getLocalName(), q.getLiteral("n").getInt());
        assertTrue(expected.size() >= 12, expected.toString());
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            Matcher m = Pattern.compile("<tr data-act-class=\"" + e.getKey() + "\">.*?<td class=\"num\">([0-9]+)</td>").matcher(html);
            assertTrue(m.find(), e.getKey());
            assertEquals(e.getValue(), Integer.parseInt(m.group(1)), e.getKey());
        }
        assertEquals(6, expected.get("Condemnation"));
        assertTrue(html.contains(">上海合作组织</a>"), "the organisation");
        assertTrue(html.contains("<span class=\"n\">(10)</span>"), "and its ten members");
        assertTrue(html.contains("2025-09-01") && html.contains(">天津</a>"), "date and place");
        assertTrue(html.contains("<code>sco-tianjin-2025.zh.txt</code> · 21132 bytes · UTF-8"), "the file it was read from");
    }

    @Test
    void paragraphsCarryTheirNumbersAndSections() {
        String html = html(declaration("fictional-dushanbe-traditional.zh.txt"));
        assertTrue(html.contains("<p class=\"para\" data-section=\"一\" data-number=\"一\"><span class=\"para-number\">一</span>"
                + "<span class=\"unread head\""), html);
        assertTrue(html.contains("<div class=\"unread\" title=\"not read: a heading, numbering, markup or page furniture\">"
                + "二、經濟合作</div>"), "the heading the extractor did not read, greyed");
        assertTrue(html.contains("𠀋城古蹟"), "a character beyond the basic plane, in its sentence");
    }

    @Test
    void theTextsOwnMarkupIsShownAsText() {
        String html = html(declaration("fictional-kathmandu-mirror.zh.txt"));
        assertFalse(html.contains("<div class=\"nav\">") || html.contains("<p>") || html.contains("<html>"), "no markup of the text");
        assertTrue(html.contains("&lt;div class=&quot;nav&quot;&gt;首页&amp;nbsp;&amp;gt;"), "it is there, escaped");
        assertTrue(html.contains("&amp;#12290;"), "an entity as written");
        assertEquals(7, occurrences(html, "<span class=\"para-number\">"), "paragraphs 1 to 7");
    }

    @Test
    void aResourceWithoutTextHasNoReadingView() {
        assertEquals("", html(Iris.DEFAULT.of("declaration", "none")));
    }
}
