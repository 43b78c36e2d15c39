package org.declkg.publish;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Prefixes;

/**
 * The dataset described in VoID and DCAT: its size (triples, entities, classes, properties, with a
 * partition per class and property), licence, SPARQL endpoint, dumps and Wikidata linkset. Links
 * name the server at {@code publicBase}; {@link #rebase} moves them to where it is actually served.
 */
public final class VoidDescription {
    public static final String VOID_NS = "http://rdfs.org/ns/void#";
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    /** Where the description sits on a server, relative to its base. */
    public static final String PATH = ".well-known/void";
    private static final Resource DATASET = ResourceFactory.createResource(VOID_NS + "Dataset");
    private static final Resource LINKSET = ResourceFactory.createResource(VOID_NS + "Linkset");

    private VoidDescription() {}

    public static Property v(String local) { return ResourceFactory.createProperty(VOID_NS + local); }

    /** The IRI of the dataset in a description written for the server at {@code base}. */
    public static String datasetIri(String base) { return base + PATH + "#declkg"; }

    /** The description of the union counted in {@code s}, offered as {@code dumps} by the server at {@code publicBase}. */
    static Model describe(UnionStats s, String publicBase, List<DumpWriter.DumpFile> dumps) {
        String base = publicBase.endsWith("/") ? publicBase : publicBase + "/";
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.all());
        m.setNsPrefix("void", VOID_NS);
        m.setNsPrefix("dcat", DCAT.NS);
        Resource endpoint = m.createResource(base + "declkg/sparql");
        Resource ds = m.createResource(datasetIri(base), DATASET).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "declkg: multilateral declarations as linked data", "en")
                .addProperty(DCTerms.title, "declkg：多边宣言知识图谱", "zh")
                .addProperty(DCTerms.description, "What multilateral declarations say — who condemns, supports, welcomes, "
                        + "signs… what — each statement traceable to the span of its sentence.", "en")
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(DCAT.landingPage, m.createResource(base + "home"))
                .addProperty(v("sparqlEndpoint"), endpoint)
                .addProperty(DCAT.accessService, m.createResource(base + PATH + "#sparql", DCAT.DataService)
                        .addProperty(DCAT.endpointURL, endpoint).addProperty(DCTerms.conformsTo,
                                m.createResource("https://www.w3.org/TR/sparql11-protocol/")))
                .addProperty(v("uriSpace"), Iris.base())
                .addProperty(v("vocabulary"), m.createResource(DK.NS))
                .addLiteral(v("triples"), count(s.triples))
                .addLiteral(v("entities"), count(s.entities))
                .addLiteral(v("distinctSubjects"), count(s.subjects))
                .addLiteral(v("distinctObjects"), count(s.objects))
                .addLiteral(v("classes"), count(s.classes.size()))
                .addLiteral(v("properties"), count(s.properties.size()));
        for (String d : s.declarations) ds.addProperty(v("exampleResource"), m.createResource(d));
        for (Map.Entry<String, Long> c : s.classes.entrySet())
            ds.addProperty(v("classPartition"), m.createResource()
                    .addProperty(v("class"), m.createResource(c.getKey())).addLiteral(v("entities"), count(c.getValue())));
        for (Map.Entry<String, Long> p : s.properties.entrySet())
            ds.addProperty(v("propertyPartition"), m.createResource()
                    .addProperty(v("property"), m.createResource(p.getKey())).addLiteral(v("triples"), count(p.getValue())));
        Resource linkset = m.createResource(base + PATH + "#wikidata-links", LINKSET)
                .addProperty(v("subjectsTarget"), ds)
                .addProperty(v("objectsTarget"), m.createResource("http://www.wikidata.org/"))
                .addProperty(v("linkPredicate"), OWL.sameAs)
                .addLiteral(v("triples"), count(s.wikidataLinks));
        ds.addProperty(v("subset"), linkset);
        for (DumpWriter.DumpFile f : dumps) {
            Resource file = m.createResource(base + "dumps/" + f.name());
            (f.name().equals(DumpWriter.LINKSET) ? linkset : ds).addProperty(v("dataDump"), file);
            ds.addProperty(DCAT.distribution, m.createResource(base + "dumps/" + f.name() + "#distribution", DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, file).addProperty(DCTerms.format, f.format())
                    .addProperty(DCAT.mediaType, "application/gzip")
                    .addProperty(DCTerms.license, m.createResource(LICENSE))
                    .addLiteral(DCAT.byteSize, count(f.bytes()))
                    .addProperty(DCTerms.description, contents(f.name()), "en"));
        }
        return m;
    }

    /** What a dump file holds, as the dumps page says it. */
    static String contents(String dumpFile) {
        if (DumpWriter.WITH_GRAPHS.contains(dumpFile))
            return "Every named graph (quads): each declaration, the ontology, the world knowledge.";
        if (dumpFile.startsWith("all.")) return "The union of all graphs, each triple once.";
        if (dumpFile.equals(DumpWriter.LINKSET)) return "The owl:sameAs links to Wikidata entities.";
        return "One named graph.";
    }

    /** The base of the server a description was written for: its SPARQL endpoint without "declkg/sparql". */
    public static String writtenFor(Model description) {
        for (Statement st : description.listStatements(null, v("sparqlEndpoint"), (RDFNode) null).toList()) {
            String e = st.getResource().getURI();
            if (e.endsWith("declkg/sparql")) return e.substring(0, e.length() - "declkg/sparql".length());
        }
        return null;
    }

    /** The description with every IRI under {@code from} moved under {@code to}. */
    public static Model rebase(Model description, String from, String to) {
        if (from == null || from.equals(to)) return description;
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(description.getNsPrefixMap());
        for (Statement st : description.listStatements().toList()) {
            Resource s = move(out, st.getSubject(), from, to);
            RDFNode o = st.getObject().isResource() ? move(out, st.getResource(), from, to) : st.getObject();
            out.add(s, st.getPredicate(), o);
        }
        return out;
    }

    private static Resource move(Model m, Resource r, String from, String to) {
        if (r.isAnon()) return m.createResource(r.getId());
        String iri = r.getURI();
        return m.createResource(iri.startsWith(from) ? to + iri.substring(from.length()) : iri);
    }

    private static Literal count(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
