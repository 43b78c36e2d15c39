package org.declkg.serve;

import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Vocab;

/** Where a link to an IRI goes: data IRIs to their page here, ontology terms to /ontology, others as they are. */
record Links(Iris iris) {
    String href(String iri) {
        if (iris.contains(iri)) return "/id/" + iri.substring(iris.base().length());
        if (iri.startsWith(DK.NS)) return "/ontology#" + iri.substring(DK.NS.length());
        return iri;
    }

    /** An anchor showing the label, or the short name of the IRI when there is none. */
    String a(String iri, String label) {
        String shown = label == null || label.isEmpty() ? Html.shortName(iri, iris) : label;
        String cls = iri.startsWith(Vocab.WD_NS) ? " class=\"wikidata\"" : "";
        return "<a" + cls + " href=\"" + Html.esc(href(iri)) + "\">" + Html.esc(shown) + "</a>";
    }
}
