package org.declkg;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.declkg.rdf.DK;
import org.declkg.rdf.Vocab;

/** In-memory copies of what a TDB2 store holds, to compare before and after. */
public final class Snapshots {
    private Snapshots() {}

    /** Every named graph of the dataset, copied in one read transaction. */
    public static Dataset of(Dataset store) {
        return Txn.calculateRead(store, () -> {
            Dataset copy = DatasetFactory.create();
            store.listModelNames().forEachRemaining(n ->
                    copy.addNamedModel(n.getURI(), ModelFactory.createDefaultModel().add(store.getNamedModel(n.getURI()))));
            return copy;
        });
    }

    /** One named graph, copied. */
    public static Model graph(Dataset store, String name) {
        return Txn.calculateRead(store, () -> ModelFactory.createDefaultModel().add(store.getNamedModel(name)));
    }

    /**
     * A copy without the start and end times of the extraction activity: the only triples in which two
     * extractions of the same file differ.
     */
    public static Model withoutRunTimes(Model graph) {
        Model copy = ModelFactory.createDefaultModel().add(graph);
        copy.removeAll(null, Vocab.PROV.startedAtTime, null);
        copy.removeAll(null, Vocab.PROV.endedAtTime, null);
        return copy;
    }

    /** Every named graph without the start and end times of its extraction. */
    public static Dataset withoutRunTimes(Dataset d) {
        Dataset copy = DatasetFactory.create();
        d.listModelNames().forEachRemaining(n -> copy.addNamedModel(n.getURI(), withoutRunTimes(d.getNamedModel(n.getURI()))));
        return copy;
    }

    /**
     * What the text says without where it says it or how it was read: a copy without the NIF strings
     * and context, the source file, the extraction and the software, and the links to them. The same
     * text read from another file (another encoding, CRLF) gives the same.
     */
    public static Model statementsOnly(Model graph) {
        Model copy = ModelFactory.createDefaultModel().add(graph);
        java.util.Set<org.apache.jena.rdf.model.Resource> layer = new java.util.HashSet<>();
        for (org.apache.jena.rdf.model.Resource type : java.util.List.of(Vocab.NIF.String, Vocab.NIF.Context, DK.SourceFile,
                Vocab.PROV.Activity, Vocab.PROV.SoftwareAgent))
            layer.addAll(graph.listSubjectsWithProperty(RDF.type, type).toList());
        for (org.apache.jena.rdf.model.Resource r : layer) {
            copy.removeAll(r, null, null);
            copy.removeAll(null, null, r);
        }
        return copy;
    }

    /** The union of all named graphs, copied: each distinct triple once. */
    public static Model union(Dataset store) {
        Model union = ModelFactory.createDefaultModel();
        Dataset copy = of(store);
        copy.listModelNames().forEachRemaining(n -> union.add(copy.getNamedModel(n.getURI())));
        return union;
    }
}
