package org.declkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
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
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.declkg.ServedStore;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /.well-known/void: the numbers it gives are the live counts of the endpoint, its links work on this server. */
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
        dataset = description.getResource(VoidDescription.datasetIri(served.url("/")));
    }

    @AfterAll
    static void stop() { served.close(); }

    private static long declared(Resource r, String voidProperty) {
        Statement s = r.getProperty(VoidDescription.v(voidProperty));
        assertNotNull(s, voidProperty);
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
        assertEquals(live("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), declared(dataset, "triples"));
        assertEquals(live("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + Iris.base() + "\")) }"),
                declared(dataset, "entities"));
        assertEquals(live("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }"), declared(dataset, "classes"));
        assertEquals(live("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"), declared(dataset, "properties"));
        assertEquals(live("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"), declared(dataset, "distinctSubjects"));
        assertEquals(live("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"), declared(dataset, "distinctObjects"));
    }

    @Test
    void eachPartitionCountsItsClassOrProperty() {
        int classes = 0;
        for (Statement s : dataset.listProperties(VoidDescription.v("classPartition")).toList()) {
            Resource part = s.getResource();
            String cls = part.getPropertyResourceValue(VoidDescription.v("class")).getURI();
            assertEquals(live("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + cls + "> }"), declared(part, "entities"), cls);
            classes++;
        }
        assertEquals(declared(dataset, "classes"), classes);
        Resource acts = partition("classPartition", "class", DK.Act.getURI());
        assertEquals(live("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <" + DK.Act.getURI() + "> }"), declared(acts, "entities"));
        Resource labels = partition("propertyPartition", "property", "http://www.w3.org/2000/01/rdf-schema#label");
        assertEquals(live("SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }"),
                declared(labels, "triples"));
    }

    @Test
    void itNamesThisServersEndpointDumpsAndLicence() {
        String base = served.url("/");
        assertEquals(base + "declkg/sparql", dataset.getPropertyResourceValue(VoidDescription.v("sparqlEndpoint")).getURI());
        assertEquals(VoidDescription.LICENSE, dataset.getPropertyResourceValue(DCTerms.license).getURI());
        assertEquals(Iris.base(), dataset.getProperty(VoidDescription.v("uriSpace")).getString());
        Set<String> dumps = new HashSet<>();
        for (RDFNode d : description.listObjectsOfProperty(VoidDescription.v("dataDump")).toList()) dumps.add(d.asResource().getURI());
        assertTrue(dumps.contains(base + "dumps/all.nt.gz"));
        for (String url : dumps) {
            assertTrue(url.startsWith(base + "dumps/"), url);
            assertEquals(200, served.get(url.substring(base.length() - 1), "*/*").statusCode(), url);
        }
        assertEquals(dumps.size(), dataset.listProperties(DCAT.distribution).toList().size(), "every dump file is a distribution");
        for (Statement s : dataset.listProperties(DCAT.distribution).toList())
            assertNotNull(s.getResource().getProperty(DCAT.byteSize), s.getResource().getURI());
    }

    @Test
    void theWikidataLinksetCountsTheSameAsLinks() {
        Resource linkset = description.listSubjectsWithProperty(VoidDescription.v("linkPredicate"), OWL.sameAs).next();
        assertEquals(live("SELECT (COUNT(*) AS ?n) WHERE { ?s <" + OWL.sameAs.getURI() + "> ?o "
                + "FILTER(STRSTARTS(STR(?o), \"http://www.wikidata.org/entity/\")) }"), declared(linkset, "triples"));
        assertEquals(served.url("/dumps/" + DumpWriter.LINKSET), linkset.getPropertyResourceValue(VoidDescription.v("dataDump")).getURI());
        assertTrue(dataset.hasProperty(VoidDescription.v("subset"), linkset));
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
        assertTrue(page.contains("void:triples</th><td class=\"num\">" + declared(dataset, "triples") + "</td>"), page);
    }

    private static Resource partition(String kind, String what, String iri) {
        for (Statement s : dataset.listProperties(VoidDescription.v(kind)).toList()) {
            Property p = VoidDescription.v(what);
            if (s.getResource().getPropertyResourceValue(p).getURI().equals(iri)) return s.getResource();
        }
        throw new AssertionError("no partition for " + iri);
    }
}
