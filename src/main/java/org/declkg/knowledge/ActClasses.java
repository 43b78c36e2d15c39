package org.declkg.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.declkg.rdf.DK;

/**
 * The act classes the ontology declares ({@code declkg.ttl}): every subclass of {@code dk:Act} with a
 * {@code dk:directProperty}, in {@code dk:displayOrder}. The only list of act classes there is: the
 * verbs name them, the graph builder, the pages and the evaluation read them from here.
 */
public final class ActClasses {
    /**
     * One act class: its local name ("Support"), class and direct property, labels, place in lists, and
     * whether it is the generic class of what no other covers.
     */
    public record ActClass(String name, Resource type, Property direct, String labelZh, String labelEn, int order,
                           boolean generic) {}

    private final List<ActClass> ordered;
    private final Map<String, ActClass> byName = new HashMap<>();
    private final Map<String, ActClass> byDirect = new HashMap<>();

    public ActClasses(KnowledgeBase kb) { this(kb.ontology()); }

    public ActClasses(Model ontology) {
        List<ActClass> all = new ArrayList<>();
        for (Resource c : ontology.listSubjectsWithProperty(DK.directProperty).toList()) {
            if (!c.isURIResource() || !c.getURI().startsWith(DK.NS) || !c.hasProperty(RDFS.subClassOf, DK.Act)) continue;
            Resource p = c.getPropertyResourceValue(DK.directProperty);
            Statement order = c.getProperty(DK.displayOrder);
            all.add(new ActClass(c.getLocalName(), c, ontology.createProperty(p.getURI()), label(c, "zh"), label(c, "en"),
                    order == null ? Integer.MAX_VALUE : order.getInt(),
                    c.hasLiteral(DK.generic, true)));
        }
        all.sort(Comparator.comparingInt(ActClass::order).thenComparing(ActClass::name));
        ordered = List.copyOf(all);
        for (ActClass a : ordered) {
            byName.put(a.name(), a);
            byDirect.put(a.direct().getURI(), a);
        }
    }

    private static String label(Resource c, String lang) {
        for (Statement s : c.listProperties(RDFS.label).toList())
            if (s.getObject().isLiteral() && lang.equals(s.getLanguage())) return s.getString();
        return c.getLocalName();
    }

    /** Every act class, in display order. */
    public List<ActClass> all() { return ordered; }

    /** The act class of a local name ("Support"), or null when the ontology has none. */
    public ActClass named(String localName) { return byName.get(localName); }

    /** The act class whose direct property this is, or null. */
    public ActClass ofDirect(String propertyIri) { return byDirect.get(propertyIri); }

    /** The local names of the direct properties, in display order: the act categories of gold files. */
    public List<String> directNames() {
        return ordered.stream().map(a -> a.direct().getLocalName()).toList();
    }

    /** The direct properties (local names) of the generic act classes. */
    public List<String> genericDirectNames() {
        return ordered.stream().filter(ActClass::generic).map(a -> a.direct().getLocalName()).toList();
    }
}
