package org.declkg.publish;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.declkg.rdf.Vocab;

/** The owl:sameAs links from declkg resources to Wikidata entities. */
final class WikidataLinks {
    private WikidataLinks() {}

    static Model of(Model data) {
        Model links = ModelFactory.createDefaultModel();
        for (Statement s : data.listStatements(null, OWL.sameAs, (org.apache.jena.rdf.model.RDFNode) null).toList())
            if (s.getObject().isURIResource() && s.getObject().asResource().getURI().startsWith(Vocab.WD_NS)) links.add(s);
        return links;
    }
}
