package org.declkg.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.declkg.Fixtures;
import org.declkg.eval.GoldSet;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.junit.jupiter.api.Test;

/** Every knowledge file loads and is consistent: headers, keys, names, QIDs, act classes, types. */
class KnowledgeBaseTest {
    private static final Path DIR = Path.of("ontology");
    private static final Pattern QID = Pattern.compile("^Q[1-9][0-9]*$");
    private static final Pattern KEY = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Map<String, List<String>> HEADERS = Map.ofEntries(
            Map.entry("states.csv", List.of("key", "qid", "label_zh", "label_en", "aliases_zh", "abbrev_zh")),
            Map.entry("organisations.csv", List.of("key", "qid", "label_zh", "label_en", "aliases_zh", "abbrev_en")),
            Map.entry("bodies.csv", List.of("key", "organisation", "label_zh", "label_en", "aliases_zh")),
            Map.entry("places.csv", List.of("key", "qid", "label_zh", "label_en", "aliases_zh", "country", "kind")),
            Map.entry("roles.csv", List.of("key", "label_zh", "label_en", "aliases_zh")),
            Map.entry("memberships.csv", List.of("organisation", "state", "role", "since", "until")),
            Map.entry("actor-words.csv", List.of("word", "refers_to")),
            Map.entry("state-groups.csv", List.of("word", "states", "organisation")),
            Map.entry("act-verbs.csv", List.of("verb", "act", "form", "needs", "chain")),
            Map.entry("modifiers.csv", List.of("word", "negation", "opens_predicate", "future")),
            Map.entry("grammar.csv", List.of("word", "role")),
            Map.entry("numerals.csv", List.of("numeral", "value")),
            Map.entry("furniture.csv", List.of("pattern", "kind")),
            Map.entry("document-types.csv", List.of("head_zh", "type", "label_en")),
            Map.entry("event-types.csv", List.of("head_zh", "type", "label_en")),
            Map.entry("initiative-types.csv", List.of("head_zh", "type", "label_en", "in_title")));

    private final KnowledgeBase kb = Fixtures.kb();

    @Test
    void everyCsvFileHasItsHeaderAndEveryRowItsColumns() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
        assertEquals(new java.util.TreeSet<>(HEADERS.keySet()), new java.util.TreeSet<>(files), "every CSV file is checked");
        for (String file : files) {
            try (Reader r = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8);
                 CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.DEFAULT.builder().setHeader()
                         .setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreEmptyLines(true).get()).get()) {
                assertEquals(HEADERS.get(file), p.getHeaderNames(), file);
                p.forEach(rec -> assertTrue(rec.isConsistent(), file + " line " + rec.getRecordNumber() + " has "
                        + rec.size() + " cells"));
            }
        }
    }

    @Test
    void keysAreUniqueAndWellFormed() {
        for (String file : List.of("states.csv", "organisations.csv", "bodies.csv", "places.csv", "roles.csv")) {
            Set<String> keys = new HashSet<>();
            for (Map<String, String> row : kb.rows(file)) {
                assertTrue(KEY.matcher(row.get("key")).matches(), file + ": bad key " + row.get("key"));
                assertTrue(keys.add(row.get("key")), file + ": duplicate key " + row.get("key"));
                assertFalse(row.get("label_zh").isBlank(), file + ": " + row.get("key") + " has no Chinese label");
            }
        }
    }

    @Test
    void everyQidIsWellFormedAndNamesOneEntity() {
        Map<String, String> seen = new HashMap<>();
        for (String file : List.of("states.csv", "organisations.csv", "places.csv"))
            for (Map<String, String> row : kb.rows(file)) {
                String qid = row.get("qid");
                if (qid.isEmpty()) continue;
                assertTrue(QID.matcher(qid).matches(), file + ": bad QID " + qid);
                String was = seen.put(qid, file + ":" + row.get("key"));
                assertEquals(null, was, qid + " names both " + was + " and " + file + ":" + row.get("key"));
            }
        assertEquals(195, kb.rows("states.csv").stream().filter(r -> !r.get("qid").isEmpty()).count(),
                "the 193 member states of the United Nations and its two observer states, each with its QID");
    }

    @Test
    void noNameNamesTwoEntities() {
        Map<String, String> owner = new HashMap<>();
        for (String file : List.of("states.csv", "organisations.csv", "bodies.csv", "places.csv"))
            for (Map<String, String> row : kb.rows(file)) {
                List<String> names = new ArrayList<>(KnowledgeBase.values(row.get("aliases_zh")));
                names.add(row.get("label_zh"));
                for (String name : names) {
                    String was = owner.put(name, file + ":" + row.get("key"));
                    assertTrue(was == null || was.equals(file + ":" + row.get("key")),
                            "\"" + name + "\" names both " + was + " and " + file + ":" + row.get("key"));
                }
            }
        for (String file : List.of("actor-words.csv", "state-groups.csv"))
            for (Map<String, String> row : kb.rows(file))
                assertFalse(owner.containsKey(row.get("word")), file + ": " + row.get("word") + " is also " + owner.get(row.get("word")));
    }

    @Test
    void referencesBetweenFilesResolve() {
        Set<String> states = keys("states.csv"), organisations = keys("organisations.csv"), roles = keys("roles.csv");
        for (Map<String, String> row : kb.rows("memberships.csv")) {
            assertTrue(organisations.contains(row.get("organisation")), "memberships.csv: " + row);
            assertTrue(states.contains(row.get("state")), "memberships.csv: " + row);
            assertTrue(roles.contains(row.get("role")), "memberships.csv: " + row);
        }
        for (Map<String, String> row : kb.rows("bodies.csv"))
            assertTrue(organisations.contains(row.get("organisation")), "bodies.csv: " + row);
        for (Map<String, String> row : kb.rows("places.csv"))
            assertTrue(row.get("country").isEmpty() || states.contains(row.get("country")), "places.csv: " + row);
        for (Map<String, String> row : kb.rows("state-groups.csv")) {
            // a fixed list of states, or an organisation whose members the word stands for: one of the two
            assertTrue(KnowledgeBase.values(row.get("states")).isEmpty() != row.get("organisation").isEmpty(), "state-groups.csv: " + row);
            assertTrue(row.get("organisation").isEmpty() || organisations.contains(row.get("organisation")), "state-groups.csv: " + row);
            for (String state : KnowledgeBase.values(row.get("states"))) assertTrue(states.contains(state), "state-groups.csv: " + row);
        }
    }

    @Test
    void everyActClassOfTheLexiconIsAnActClassOfTheOntology() {
        Model ontology = kb.ontology();
        Set<String> used = new HashSet<>();
        for (Map<String, String> row : kb.rows("act-verbs.csv")) {
            String act = row.get("act");
            assertTrue(Set.of("prefix", "circumfix").contains(row.get("form")), "act-verbs.csv: " + row);
            if (act.isEmpty()) continue;
            used.add(act);
            assertTrue(ontology.contains(ResourceFactory.createResource(DK.NS + act), RDFS.subClassOf, DK.Act),
                    "act-verbs.csv: " + act + " is no subclass of dk:Act in declkg.ttl");
        }
        assertEquals(new ActClasses(kb).all().stream().map(ActClasses.ActClass::name).collect(java.util.stream.Collectors.toSet()),
                used, "the lexicon has verbs for every act class of the ontology");
    }

    @Test
    void everyTypeTheGoldFilesUseIsAConceptOfItsScheme() throws IOException {
        Map<String, Set<String>> schemes = Map.of(
                "document", column("document-types.csv", "type"),
                "event", column("event-types.csv", "type"),
                "initiative", column("initiative-types.csv", "type"));
        Set<String> roles = keys("roles.csv");
        try (Stream<Path> golds = Files.list(Path.of("src/test/resources/gold"))) {
            for (Path gold : golds.toList())
                for (var fact : GoldSet.read(gold).facts()) {
                    if (schemes.containsKey(fact.category()) && fact.get("type") != null)
                        assertTrue(schemes.get(fact.category()).contains(fact.get("type")),
                                gold.getFileName() + ": " + fact.category() + " type " + fact.get("type"));
                    if (fact.category().equals("membership"))
                        assertTrue(roles.contains(fact.label().split(" ")[1]), gold.getFileName() + ": " + fact.label());
                }
        }
    }

    @Test
    void headNounsAreUniqueExceptTheTitledConcepts() {
        Map<String, String> owner = new HashMap<>();
        for (String file : List.of("document-types.csv", "event-types.csv"))
            for (Map<String, String> row : kb.rows(file)) {
                String was = owner.put(row.get("head_zh"), file);
                assertEquals(null, was, row.get("head_zh") + " is in " + was + " and " + file);
            }
        for (Map<String, String> row : kb.rows("initiative-types.csv")) {
            assertTrue(Set.of("initiative", "document").contains(row.get("in_title")), "initiative-types.csv: " + row);
            // a head noun that is also a document's names a document when it ends a title in 《》, and only then
            boolean alsoADocument = "document-types.csv".equals(owner.get(row.get("head_zh")));
            assertEquals(alsoADocument, "document".equals(row.get("in_title")), "initiative-types.csv: " + row);
            assertFalse("event-types.csv".equals(owner.get(row.get("head_zh"))), "initiative-types.csv: " + row);
        }
    }

    @Test
    void theWorldGraphTypesEveryEntity() {
        Model world = org.declkg.graph.WorldGraph.build(kb, Iris.DEFAULT);
        assertEquals(kb.rows("states.csv").size(), world.listSubjectsWithProperty(RDF.type, DK.State).toList().size());
        assertEquals(kb.rows("places.csv").size(), world.listSubjectsWithProperty(RDF.type, DK.Place).toList().size());
    }

    private Set<String> keys(String file) { return column(file, "key"); }

    private Set<String> column(String file, String column) {
        Set<String> out = new HashSet<>();
        for (Map<String, String> row : kb.rows(file)) out.add(row.get(column));
        return out;
    }
}
