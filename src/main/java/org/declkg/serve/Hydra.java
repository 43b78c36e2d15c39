package org.declkg.serve;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Hydra terms a resource's description pages its lists of acts with. */
final class Hydra {
    static final String NS = "http://www.w3.org/ns/hydra/core#";

    private Hydra() {}

    static final Resource Collection = ResourceFactory.createResource(NS + "Collection");
    static final Resource PartialCollectionView = ResourceFactory.createResource(NS + "PartialCollectionView");
    static final Property collection = ResourceFactory.createProperty(NS + "collection");
    static final Property member = ResourceFactory.createProperty(NS + "member");
    static final Property totalItems = ResourceFactory.createProperty(NS + "totalItems");
    static final Property view = ResourceFactory.createProperty(NS + "view");
    static final Property first = ResourceFactory.createProperty(NS + "first");
    static final Property last = ResourceFactory.createProperty(NS + "last");
    static final Property next = ResourceFactory.createProperty(NS + "next");
    static final Property previous = ResourceFactory.createProperty(NS + "previous");
}
