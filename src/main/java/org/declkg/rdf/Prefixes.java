package org.declkg.rdf;

import org.apache.jena.vocabulary.ORG;
import java.util.Map;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes declkg writes with. */
public final class Prefixes {
    private Prefixes() {}

    /** The vocabularies' prefixes, and {@code dkid} for the data IRIs under {@code iris}. */
    public static Map<String, String> all(Iris iris) {
        return Map.ofEntries(
            Map.entry("dk", DK.NS), Map.entry("rdf", RDF.getURI()), Map.entry("rdfs", RDFS.getURI()),
            Map.entry("owl", OWL.getURI()), Map.entry("xsd", XSD.getURI()), Map.entry("dcterms", DCTerms.getURI()),
            Map.entry("skos", SKOS.getURI()), Map.entry("schema", Vocab.SCHEMA_NS), Map.entry("org", ORG.NS),
            Map.entry("prov", Vocab.PROV_NS), Map.entry("nif", Vocab.NIF_NS), Map.entry("wd", Vocab.WD_NS),
            Map.entry("dkid", iris.base()));
    }
}
