package org.declkg.serve;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * Everything the server says of one resource, in one graph that both its HTML page and its RDF are
 * written from: the resource's own triples, the triples that point at it, one page of the acts it
 * takes part in (with the triples that link it to them), and the labels of everything mentioned.
 * For a resource that names a graph (a declaration, the world graph), that graph is kept apart as
 * well, so that TriG can give it under its name.
 *
 * @param model      every triple of the description (the named graph's too)
 * @param namedGraph the graph the resource names, or null
 * @param listings   the acts on this page, per role, with how many there are in all
 * @param page       which page of the listings, from 1
 * @param incomingCapped whether there were more triples pointing at the resource than the description holds
 */
record Description(String iri, Model model, Model namedGraph, Map<Describer.Role, Listing> listings, int page,
                   boolean incomingCapped) {

    /** One page of the acts in which the resource plays a role, and how many there are in all. */
    record Listing(Describer.Role role, long total, List<String> acts) {
        int pages() { return (int) Math.max(1, (total + Describer.PAGE_SIZE - 1) / Describer.PAGE_SIZE); }
    }

    Resource resource() { return model.getResource(iri); }

    boolean isEmpty() { return model.isEmpty(); }

    /** The last page any listing has. */
    int pages() {
        return listings.values().stream().mapToInt(Listing::pages).max().orElse(1);
    }

    /**
     * The description as a dataset: the named graph under its name, and the rest (labels from
     * other graphs, triples pointing in from them) in the default graph.
     */
    Dataset asDataset() {
        if (namedGraph == null) return DatasetFactory.create(model);
        Model rest = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        rest.setNsPrefixes(model.getNsPrefixMap());
        rest.add(model).remove(namedGraph);
        Dataset ds = DatasetFactory.create(rest);
        ds.addNamedModel(iri, namedGraph);
        return ds;
    }
}
