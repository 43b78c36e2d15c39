package org.declkg.publish;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
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
import org.declkg.rdf.Iris;
import org.declkg.rdf.Prefixes;

/** The dataset described in VoID and DCAT: its size, classes, properties, endpoint, dumps and links. */
public final class VoidDescription {
    public static final String VOID_NS = "http://rdfs.org/ns/void#";
    private static final Resource DATASET = ResourceFactory.createResource(VOID_NS + "Dataset");
    private static final Resource LINKSET = ResourceFactory.createResource(VOID_NS + "Linkset");

    private VoidDescription() {}

    private static Property v(String local) { return ResourceFactory.createProperty(VOID_NS + local); }

    public static Model describe(Dataset graphs, Model union, String publicBase, List<DumpWriter.DumpFile> dumps) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.all());
        m.setNsPrefix("void", VOID_NS);
        m.setNsPrefix("dcat", DCAT.NS);
        String base = publicBase.endsWith("/") ? publicBase : publicBase + "/";
        Resource ds = m.createResource(base + ".well-known/void#declkg", DATASET).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "declkg: multilateral declarations as linked data", "en")
                .addProperty(DCTerms.license, m.createResource("https://creativecommons.org/licenses/by/4.0/"))
                .addProperty(v("sparqlEndpoint"), m.createResource(base + "declkg/sparql"))
                .addProperty(v("uriSpace"), Iris.base())
                .addLiteral(v("triples"), count(union.size()))
                .addLiteral(v("entities"), count(union.listSubjects().toList().stream().filter(Resource::isURIResource).count()))
                .addLiteral(v("distinctSubjects"), count(union.listSubjects().toList().size()))
                .addLiteral(v("distinctObjects"), count(union.listObjects().toList().size()));
        Map<String, Long> classes = new TreeMap<>(), properties = new TreeMap<>();
        for (Statement s : union.listStatements().toList()) {
            properties.merge(s.getPredicate().getURI(), 1L, Long::sum);
            if (s.getPredicate().equals(RDF.type) && s.getObject().isURIResource())
                classes.merge(s.getObject().asResource().getURI(), 1L, Long::sum);
        }
        ds.addLiteral(v("classes"), count(classes.size())).addLiteral(v("properties"), count(properties.size()));
        for (Map.Entry<String, Long> c : classes.entrySet())
            ds.addProperty(v("classPartition"), m.createResource()
                    .addProperty(v("class"), m.createResource(c.getKey())).addLiteral(v("entities"), count(c.getValue())));
        for (Map.Entry<String, Long> p : properties.entrySet())
            ds.addProperty(v("propertyPartition"), m.createResource()
                    .addProperty(v("property"), m.createResource(p.getKey())).addLiteral(v("triples"), count(p.getValue())));
        for (DumpWriter.DumpFile f : dumps) {
            Resource file = m.createResource(base + "dumps/" + f.name());
            ds.addProperty(v("dataDump"), file);
            ds.addProperty(DCAT.distribution, m.createResource(base + "dumps/" + f.name() + "#distribution", DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, file).addProperty(DCTerms.format, f.format())
                    .addProperty(DCAT.mediaType, "application/gzip")
                    .addLiteral(DCAT.byteSize, count(f.bytes())));
        }
        long links = union.listStatements(null, OWL.sameAs, (RDFNode) null).toList().size();
        m.createResource(base + ".well-known/void#wikidata-links", LINKSET)
                .addProperty(v("subjectsTarget"), ds)
                .addProperty(v("objectsTarget"), m.createResource("http://www.wikidata.org/"))
                .addProperty(v("linkPredicate"), OWL.sameAs)
                .addLiteral(v("triples"), count(links));
        return m;
    }

    private static org.apache.jena.rdf.model.Literal count(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
