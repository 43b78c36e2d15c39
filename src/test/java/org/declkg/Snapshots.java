package org.declkg;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
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

    /** The union of all named graphs, copied: each distinct triple once. */
    public static Model union(Dataset store) {
        Model union = ModelFactory.createDefaultModel();
        Dataset copy = of(store);
        copy.listModelNames().forEachRemaining(n -> union.add(copy.getNamedModel(n.getURI())));
        return union;
    }
}
