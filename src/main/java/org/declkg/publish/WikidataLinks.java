package org.declkg.publish;

import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.declkg.rdf.Vocab;

/** The owl:sameAs links from declkg resources to Wikidata entities: the linkset of the dumps. */
public final class WikidataLinks {
    private WikidataLinks() {}

    public static boolean isLink(Triple t) {
        return t.getPredicate().equals(OWL.sameAs.asNode()) && t.getObject().isURI()
                && t.getObject().getURI().startsWith(Vocab.WD_NS);
    }
}
