package org.declkg.publish;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Prefixes;
import org.declkg.rdf.Vocab;

/**
 * The dataset described in VoID and DCAT, so that it can be cited and found: its IRI under the data
 * base ({@code {base}dataset}), title, licence, creator, version and date; its size (triples,
 * entities, classes, properties, with a partition per class and property); its SPARQL endpoint; each
 * dump with its byte size and triple count; the Wikidata linkset; and the ontology it conforms to.
 *
 * <p>Links to the server (endpoint, dumps, landing page) are absolute under {@code --public-url}
 * when one is given, and otherwise relative to the dumps folder the description is written into
 * ({@code all.ttl.gz}, {@code ../declkg/sparql}), so that a copy never names an address that only
 * worked where it was written. The server resolves them against the address it answers at.
 */
public final class VoidDescription {
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    /** Where the description sits on a server, relative to its base. */
    public static final String PATH = ".well-known/void";
    /** The ontology every graph conforms to. */
    public static final String ONTOLOGY = "https://w3id.org/declkg/ontology";
    /** The version of declkg that writes the graphs and the description. */
    public static final String SOFTWARE_VERSION = "0.1.0";
    private static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private VoidDescription() {}

    /** The IRI that names the dataset: {@code {base}dataset}. */
    public static String datasetIri(Iris iris) { return iris.base() + "dataset"; }

    /**
     * The description of the union counted in {@code s}, its data under {@code iris}, offered as
     * {@code dumps}; links absolute under {@code publicUrl}, or relative to the dumps folder when it is null.
     */
    static Model describe(Iris iris, UnionStats s, String publicUrl, List<DumpWriter.DumpFile> dumps, Instant modified) {
        String server = publicUrl == null ? "../" : publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        String dumpsAt = publicUrl == null ? "" : server + "dumps/";
        String id = datasetIri(iris);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.all(iris));
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("foaf", FOAF);
        Resource endpoint = m.createResource(server + "declkg/sparql");
        Resource creator = m.createResource(id + "#creator", m.createResource(FOAF + "Agent"))
                .addProperty(m.createProperty(FOAF + "name"), "declkg");
        Resource ds = m.createResource(id, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "declkg: multilateral declarations as linked data", "en")
                .addProperty(DCTerms.title, "declkg：多边宣言知识图谱", "zh")
                .addProperty(DCTerms.description, "What multilateral declarations say — who condemns, supports, welcomes, "
                        + "signs… what — each statement traceable to the span of its sentence.", "en")
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(DCTerms.creator, creator)
                .addProperty(DCTerms.publisher, creator)
                .addLiteral(DCTerms.modified, ResourceFactory.createTypedLiteral(
                        modified.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime))
                .addProperty(OWL.versionInfo, "declkg " + SOFTWARE_VERSION)
                .addProperty(DCTerms.conformsTo, m.createResource(ONTOLOGY))
                .addProperty(DCAT.keyword, "multilateral declarations", "en")
                .addProperty(DCAT.keyword, "knowledge graph", "en")
                .addProperty(DCAT.keyword, "多边宣言", "zh")
                .addProperty(DCAT.landingPage, m.createResource(server + "home"))
                .addProperty(VOID.sparqlEndpoint, endpoint)
                .addProperty(DCAT.accessService, m.createResource(id + "#sparql", DCAT.DataService)
                        .addProperty(DCTerms.title, "declkg SPARQL endpoint", "en")
                        .addProperty(DCAT.endpointURL, endpoint).addProperty(DCTerms.conformsTo,
                                m.createResource("https://www.w3.org/TR/sparql11-protocol/")))
                .addProperty(VOID.uriSpace, iris.base())
                .addProperty(VOID.vocabulary, m.createResource(DK.NS))
                .addLiteral(VOID.triples, count(s.triples))
                .addLiteral(VOID.entities, count(s.entities))
                .addLiteral(VOID.distinctSubjects, count(s.subjects))
                .addLiteral(VOID.distinctObjects, count(s.objects))
                .addLiteral(VOID.classes, count(s.classes.size()))
                .addLiteral(VOID.properties, count(s.properties.size()));
        for (String ns : List.of(ORG.NS, Vocab.PROV_NS, Vocab.NIF_NS, Vocab.SCHEMA_NS, DCTerms.NS))
            ds.addProperty(VOID.vocabulary, m.createResource(ns));
        s.declarations.stream().limit(10).forEach(d -> ds.addProperty(VOID.exampleResource, m.createResource(d)));
        for (Map.Entry<String, Long> c : s.classes.entrySet())
            ds.addProperty(VOID.classPartition, m.createResource()
                    .addProperty(VOID._class, m.createResource(c.getKey())).addLiteral(VOID.entities, count(c.getValue())));
        for (Map.Entry<String, Long> p : s.properties.entrySet())
            ds.addProperty(VOID.propertyPartition, m.createResource()
                    .addProperty(VOID.property, m.createResource(p.getKey())).addLiteral(VOID.triples, count(p.getValue())));
        Resource linkset = m.createResource(id + "#wikidata-links", VOID.Linkset)
                .addProperty(DCTerms.title, "owl:sameAs links to Wikidata", "en")
                .addProperty(VOID.subjectsTarget, ds)
                .addProperty(VOID.objectsTarget, m.createResource("http://www.wikidata.org/"))
                .addProperty(VOID.linkPredicate, OWL.sameAs)
                .addLiteral(VOID.triples, count(s.wikidataLinks));
        ds.addProperty(VOID.subset, linkset);
        for (DumpWriter.DumpFile f : dumps) {
            Resource file = m.createResource(dumpsAt + f.name());
            if (f.name().equals(DumpWriter.LINKSET)) linkset.addProperty(VOID.dataDump, file);
            else if (f.name().startsWith("all.")) ds.addProperty(VOID.dataDump, file);
            ds.addProperty(DCAT.distribution, distribution(m, id, f, file));
        }
        return m;
    }

    private static Resource distribution(Model m, String id, DumpWriter.DumpFile f, Resource file) {
        Resource d = m.createResource(id + "#dump-" + f.name(), DCAT.Distribution)
                .addProperty(DCTerms.title, f.name())
                .addProperty(DCAT.downloadURL, file).addProperty(DCAT.accessURL, file)
                .addProperty(DCTerms.format, f.format())
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addLiteral(DCAT.byteSize, ResourceFactory.createTypedLiteral(Long.toString(f.bytes()),
                        XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(VOID.triples, count(f.triples()))
                .addProperty(DCTerms.description, contents(f.name()), "en");
        DataFormat format = DataFormat.byLabel(f.format());
        if (format != null) d.addProperty(DCAT.mediaType, m.createResource(IANA + format.mediaType()));
        if (f.name().endsWith(".gz")) d.addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip"));
        return d;
    }

    /** What a dump file holds, as the dumps page says it. */
    static String contents(String dumpFile) {
        if (DumpWriter.WITH_GRAPHS.contains(dumpFile))
            return "Every named graph (its triple count counts quads): each declaration, the ontology, the world knowledge.";
        if (dumpFile.startsWith("all.")) return "The union of all graphs, each triple once.";
        if (dumpFile.equals(DumpWriter.LINKSET)) return "The owl:sameAs links to Wikidata entities.";
        if (dumpFile.equals(DumpWriter.VOID)) return "This description of the dataset (VoID, DCAT).";
        return "One named graph.";
    }

    /** The base of the server a description names: its SPARQL endpoint without "declkg/sparql". */
    public static String writtenFor(Model description) {
        for (Statement st : description.listStatements(null, VOID.sparqlEndpoint, (RDFNode) null).toList()) {
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
