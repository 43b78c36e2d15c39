package org.declkg.publish;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OWL;
import org.declkg.rdf.Vocab;

/** The owl:sameAs links from declkg resources to Wikidata entities: the linkset of the dumps. */
public final class WikidataLinks {
    private WikidataLinks() {}

    public static ExtendedIterator<Triple> find(Graph data) {
        return data.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY)
                .filterKeep(t -> t.getObject().isURI() && t.getObject().getURI().startsWith(Vocab.WD_NS));
    }
}
