package org.declkg.publish;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;

/**
 * The counts of the VoID description over the union of all graphs, in one pass that remembers only
 * the subject before (the scan gives a subject's triples together), the classes and properties
 * (as many as the vocabulary has) and the declarations.
 */
final class UnionStats {
    long triples, subjects, entities, objects, wikidataLinks;
    final Map<String, Long> classes = new TreeMap<>(), properties = new TreeMap<>();
    final Set<String> declarations = new TreeSet<>();
    private final Iris iris;

    private UnionStats(Iris iris) { this.iris = iris; }

    /** The counts of {@code union}, its entities the subjects under {@code iris}. */
    static UnionStats of(UnionScan union, Iris iris) {
        UnionStats s = new UnionStats(iris);
        Node last = null;
        for (Iterator<Triple> it = union.triples(); it.hasNext(); ) {
            Triple t = it.next();
            if (!t.getSubject().equals(last)) s.subject(t.getSubject());
            last = t.getSubject();
            s.add(t);
        }
        s.objects = union.distinctObjects();
        return s;
    }

    private void subject(Node subject) {
        subjects++;
        if (subject.isURI() && iris.contains(subject.getURI())) entities++;
    }

    private void add(Triple t) {
        triples++;
        properties.merge(t.getPredicate().getURI(), 1L, Long::sum);
        if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
            classes.merge(t.getObject().getURI(), 1L, Long::sum);
            if (t.getObject().equals(DK.Declaration.asNode())) declarations.add(t.getSubject().getURI());
        }
        if (WikidataLinks.isLink(t)) wikidataLinks++;
    }
}
