package org.declkg.extract;

import org.apache.jena.rdf.model.Model;
import org.declkg.rdf.DK;
import org.apache.jena.vocabulary.RDF;

/**
 * The graph of one declaration: its IRI (also the name of its graph in the store), its triples, and
 * how much of the text gave statements.
 */
public record Extraction(String declarationIri, Model graph, Coverage coverage) {
    public Extraction(String declarationIri, Model graph) { this(declarationIri, graph, Coverage.UNKNOWN); }

    /** Number of {@code dk:Act}s of any class in the graph. */
    public int actCount() {
        return graph.listSubjectsWithProperty(DK.declaration).toList().size();
    }
}
