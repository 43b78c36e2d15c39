package org.declkg.pipeline;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;

/** Declaration text in, knowledge graph out. Thread-safe once built. (Stub until the pipeline lands.) */
public final class Extractor {
    private final KnowledgeBase kb;

    private Extractor(KnowledgeBase kb) { this.kb = kb; }

    public static Extractor create(KnowledgeBase kb) { return new Extractor(kb); }

    public Extraction extract(String sourceName, String text) {
        Model m = ModelFactory.createDefaultModel();
        String iri = Iris.of("declaration", Iris.hashKey(text));
        Resource d = m.createResource(iri, DK.Declaration);
        return new Extraction(iri, m);
    }
}
