package org.declkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the standard vocabularies declkg uses that Jena has no constants for (Jena's own: ORG, VOID, DCTerms, SKOS…). */
public final class Vocab {
    private Vocab() {}

    public static final String NIF_NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String SCHEMA_NS = "http://schema.org/";
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";
    public static final String WD_NS = "http://www.wikidata.org/entity/";

    private static Resource r(String iri) { return ResourceFactory.createResource(iri); }
    private static Property p(String iri) { return ResourceFactory.createProperty(iri); }

    public static final class NIF {
        private NIF() {}
        public static final Resource String = r(NIF_NS + "String");
        public static final Resource Context = r(NIF_NS + "Context");
        public static final Resource RFC5147String = r(NIF_NS + "RFC5147String");
        public static final Property beginIndex = p(NIF_NS + "beginIndex");
        public static final Property endIndex = p(NIF_NS + "endIndex");
        public static final Property anchorOf = p(NIF_NS + "anchorOf");
        public static final Property referenceContext = p(NIF_NS + "referenceContext");
        public static final Property isString = p(NIF_NS + "isString");
        public static final Property sourceUrl = p(NIF_NS + "sourceUrl");
        public static final Resource Sentence = r(NIF_NS + "Sentence");
        public static final Resource Paragraph = r(NIF_NS + "Paragraph");
        public static final Property nextSentence = p(NIF_NS + "nextSentence");
        /** From a string to the sentence it lies in. */
        public static final Property sentence = p(NIF_NS + "sentence");
        /** From a string to a string that contains it (a sentence to its paragraph). */
        public static final Property superString = p(NIF_NS + "superString");
    }

    public static final class SCHEMA {
        private SCHEMA() {}
        public static final Property startDate = p(SCHEMA_NS + "startDate");
        public static final Property endDate = p(SCHEMA_NS + "endDate");
        public static final Property location = p(SCHEMA_NS + "location");
        public static final Property softwareVersion = p(SCHEMA_NS + "softwareVersion");
    }

    public static final class PROV {
        private PROV() {}
        public static final Property wasDerivedFrom = p(PROV_NS + "wasDerivedFrom");
        public static final Resource Activity = r(PROV_NS + "Activity");
        public static final Resource Entity = r(PROV_NS + "Entity");
        public static final Resource SoftwareAgent = r(PROV_NS + "SoftwareAgent");
        public static final Property wasGeneratedBy = p(PROV_NS + "wasGeneratedBy");
        public static final Property used = p(PROV_NS + "used");
        public static final Property wasAssociatedWith = p(PROV_NS + "wasAssociatedWith");
        public static final Property startedAtTime = p(PROV_NS + "startedAtTime");
        public static final Property endedAtTime = p(PROV_NS + "endedAtTime");
    }

    public static Resource wikidata(String qid) { return r(WD_NS + qid); }
}
