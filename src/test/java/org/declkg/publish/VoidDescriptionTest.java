package org.declkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.VOID;
import org.declkg.ServedStore;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.serve.DeclkgServer;
import org.declkg.serve.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dataset description: its numbers are the live counts of the endpoint, it names the dataset by
 * an IRI under the data base, its links work on the server that answers (and name no loopback
 * address when there is a public URL), it says what a citation needs, and it conforms to the
 * DCAT-style shapes of ontology/shapes.ttl.
 */
class VoidDescriptionTest {
    static ServedStore served;
    static Model description;
    static Resource dataset;

    @BeforeAll
    static void start() {
        served = ServedStore.seed();
        HttpResponse<String> r = served.get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        description = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(description);
        dataset = description.getResource(Iris.DEFAULT.base() + "dataset");
    }

    @AfterAll
    static void stop() { served.close(); }

    private static long declared(Resource r, Property p) {
        Statement s = r.getProperty(p);
        assertNotNull(s, p.getLocalName());
        return s.getLong();
    }

    private static long live(String sparql) {
        HttpResponse<String> r = served.query(sparql, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        return rs.next().getLiteral("n").getLong();
    }

    @Test
    void theNumbersAreTheLiveCounts() {
        assertEquals(live("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), declared(dataset, VOID.triples));
        assertEquals(live("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + Iris.DEFAULT_BASE
                        + "\")) }"),
                declared(dataset, VOID.entities));
        assertEquals(live("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }"), declared(dataset, VOID.classes));
        assertEquals(live("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"), declared(dataset, VOID.properties));
        assertEquals(live("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"), declared(dataset, VOID.distinctSubjects));
        assertEquals(live("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"), declared(dataset, VOID.distinctObjects));
    }

    @Test
    void eachPartitionCountsItsClassOrProperty() {
        int classes = 0;
        for (Statement s : dataset.listProperties(VOID.classPartition).toList()) {
            Resource part = s.getResource();
            String cls = part.getPropertyResourceValue(VOID._class).getURI();
            assertEquals(live("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + cls + "> }"), declared(part, VOID.entities), cls);
            classes++;
        }
        assertEquals(declared(dataset, VOID.classes), classes);
        Resource acts = partition(VOID.classPartition, VOID._class, DK.Act.getURI());
        assertEquals(live("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <" + DK.Act.getURI() + "> }"), declared(acts, VOID.entities));
        Resource labels = partition(VOID.propertyPartition, VOID.property, "http://www.w3.org/2000/01/rdf-schema#label");
        assertEquals(live("SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }"),
                declared(labels, VOID.triples));
    }

    @Test
    void itCarriesWhatACitationNeeds() {
        assertTrue(description.contains(dataset, org.apache.jena.vocabulary.RDF.type, DCAT.Dataset));
        assertEquals(VoidDescription.LICENSE, dataset.getPropertyResourceValue(DCTerms.license).getURI());
        Resource creator = dataset.getPropertyResourceValue(DCTerms.creator);
        assertEquals("declkg", creator.getProperty(description.createProperty("http://xmlns.com/foaf/0.1/name")).getString());
        assertEquals("declkg " + VoidDescription.SOFTWARE_VERSION, dataset.getProperty(OWL.versionInfo).getString());
        Statement modified = dataset.getProperty(DCTerms.modified);
        assertEquals(XSDDatatype.XSDdateTime.getURI(), modified.getLiteral().getDatatypeURI());
        assertEquals("https://w3id.org/declkg/ontology", dataset.getPropertyResourceValue(DCTerms.conformsTo).getURI());
        assertEquals(Iris.DEFAULT.base(), dataset.getProperty(VOID.uriSpace).getString());
        assertTrue(dataset.getProperty(DCTerms.title).getString().startsWith("declkg"));
    }

    @Test
    void itsLinksWorkOnThisServerAndEachDumpSaysItsSizeAndTriples() throws IOException {
        String base = served.url("/");
        assertEquals(base + "declkg/sparql", dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        Set<String> dumps = new HashSet<>();
        for (RDFNode d : description.listObjectsOfProperty(VOID.dataDump).toList()) dumps.add(d.asResource().getURI());
        assertTrue(dumps.contains(base + "dumps/all.nt.gz"));
        for (String url : dumps) {
            assertTrue(url.startsWith(base + "dumps/"), url);
            assertEquals(200, served.get(url.substring(base.length() - 1), "*/*").statusCode(), url);
        }
        List<DumpWriter.DumpFile> index = DumpWriter.index(served.dir().resolve("tdb2").resolve("dumps"));
        List<Statement> distributions = dataset.listProperties(DCAT.distribution).toList();
        assertEquals(index.size() - 1, distributions.size(), "every dump file but the description itself is a distribution");
        for (DumpWriter.DumpFile f : index) {
            if (f.name().equals(DumpWriter.VOID)) continue;
            Resource d = description.getResource(VoidDescription.datasetIri(Iris.DEFAULT) + "#dump-" + f.name());
            assertEquals(base + "dumps/" + f.name(), d.getPropertyResourceValue(DCAT.downloadURL).getURI());
            assertEquals(f.bytes(), declared(d, DCAT.byteSize), f.name());
            assertEquals(f.triples(), declared(d, VOID.triples), f.name());
        }
    }

    @Test
    void theFileInTheDumpsNamesNoServerAndTheDatasetIriDereferences() throws IOException {
        String file = Files.readString(served.dir().resolve("tdb2").resolve("dumps").resolve(DumpWriter.VOID));
        assertFalse(file.contains("127.0.0.1"), "written without --public-url, its links are relative");
        assertTrue(file.contains("<all.ttl.gz>") && file.contains("<../declkg/sparql>"), file);
        HttpResponse<String> byIri = served.get("/id/dataset", "text/turtle");
        assertEquals(200, byIri.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(byIri.body(), Lang.TURTLE).parse(m);
        assertTrue(description.isIsomorphicWith(m), "the dataset's own IRI gives its description");
    }

    @Test
    void withAPublicUrlNoLinkNamesLoopback(@TempDir Path tmp) throws IOException {
        String pub = "https://example.org/declkg/";
        DumpWriter.write(served.store().dataset(), Iris.DEFAULT, tmp, pub);
        Model written = ModelFactory.createDefaultModel();
        RDFParser.source(tmp.resolve(DumpWriter.VOID)).lang(Lang.TURTLE).parse(written);
        assertEquals(pub + "dumps/all.ttl.gz",
                written.getResource(VoidDescription.datasetIri(Iris.DEFAULT) + "#dump-all.ttl.gz")
                        .getPropertyResourceValue(DCAT.downloadURL).getURI());
        ServerConfig config = ServerConfig.defaults(Iris.DEFAULT, tmp).withPort(0).withPublicUrl(pub);
        try (DeclkgServer other = DeclkgServer.start(served.store().dataset(), config)) {
            String local = "http://127.0.0.1:" + other.port();
            HttpResponse<String> r = served.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(local + "/.well-known/void"))
                    .header("Accept", "application/n-triples").timeout(Duration.ofSeconds(30)).build());
            assertEquals(200, r.statusCode());
            assertFalse(r.body().contains("127.0.0.1") || r.body().contains("localhost"), "no loopback address");
            assertTrue(r.body().contains("<" + pub + "declkg/sparql>"));
            assertTrue(r.body().contains("<" + pub + "dumps/all.ttl.gz>"));
        }
    }

    @Test
    void itConformsToTheDatasetShapesAndABrokenOneDoesNot() {
        Shapes shapes = Shapes.parse(RDFParser.source(Path.of("ontology/shapes.ttl")).lang(Lang.TURTLE).toGraph());
        ValidationReport report = ShaclValidator.get().validate(shapes, description.getGraph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
        Model broken = ModelFactory.createDefaultModel().add(description);
        Resource d = broken.getResource(VoidDescription.datasetIri(Iris.DEFAULT) + "#dump-all.ttl.gz");
        broken.removeAll(d, DCAT.byteSize, null);
        broken.removeAll(broken.getResource(VoidDescription.datasetIri(Iris.DEFAULT)), DCTerms.license, null);
        ValidationReport brokenReport = ShaclValidator.get().validate(shapes, broken.getGraph());
        assertEquals(2, brokenReport.getEntries().size(), () -> brokenReport.getEntries().toString());
    }

    @Test
    void theWikidataLinksetCountsTheSameAsLinks() {
        Resource linkset = description.listSubjectsWithProperty(VOID.linkPredicate, OWL.sameAs).next();
        assertEquals(live("SELECT (COUNT(*) AS ?n) WHERE { ?s <" + OWL.sameAs.getURI() + "> ?o "
                + "FILTER(STRSTARTS(STR(?o), \"http://www.wikidata.org/entity/\")) }"), declared(linkset, VOID.triples));
        assertEquals(served.url("/dumps/" + DumpWriter.LINKSET), linkset.getPropertyResourceValue(VOID.dataDump).getURI());
        assertTrue(dataset.hasProperty(VOID.subset, linkset));
    }

    @Test
    void theDumpedCopyAndTheOtherFormatsSayTheSame() {
        Model dumped = ModelFactory.createDefaultModel();
        RDFParser.fromString(served.get("/dumps/" + DumpWriter.VOID, "*/*").body(), Lang.TURTLE).parse(dumped);
        assertTrue(description.isIsomorphicWith(dumped));
        Model jsonld = ModelFactory.createDefaultModel();
        RDFParser.fromString(served.get("/.well-known/void", "application/ld+json").body(), Lang.JSONLD).parse(jsonld);
        assertTrue(description.isIsomorphicWith(jsonld));
        String page = served.get("/.well-known/void", "text/html,*/*;q=0.8").body();
        assertTrue(page.contains("void:triples</th><td class=\"num\">" + declared(dataset, VOID.triples) + "</td>"), page);
        assertTrue(page.contains("Cite as: declkg: multilateral declarations as linked data, declkg "), page);
    }

    private static Resource partition(Property kind, Property what, String iri) {
        for (Statement s : dataset.listProperties(kind).toList())
            if (s.getResource().getPropertyResourceValue(what).getURI().equals(iri)) return s.getResource();
        throw new AssertionError("no partition for " + iri);
    }
}
