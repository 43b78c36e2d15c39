package org.declkg;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 folder that another process writes, looked into from the test: opened, read in one
 * transaction, and released again (lock included), so that the next process can open it.
 */
public final class TdbFolder {
    private TdbFolder() {}

    public static <T> T read(Path dir, Function<Dataset, T> reader) {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        try {
            return Txn.calculateRead(ds, () -> reader.apply(ds));
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    /** Every quad, as text, sorted: two equal sets mean the store holds exactly the same. */
    public static Set<String> quads(Path dir) {
        return read(dir, ds -> {
            Set<String> out = new TreeSet<>();
            ds.asDatasetGraph().find().forEachRemaining(q -> out.add(text(q)));
            return out;
        });
    }

    /** Every quad as text, sorted, with each named graph seen through {@code view} (e.g. {@link Snapshots#withoutRunTimes}). */
    public static Set<String> quads(Path dir, UnaryOperator<Model> view) {
        return read(dir, ds -> {
            Set<String> out = new TreeSet<>();
            ds.listModelNames().forEachRemaining(name -> view.apply(ds.getNamedModel(name.getURI())).getGraph().find()
                    .forEachRemaining(t -> out.add(text(Quad.create(name.asNode(), t)))));
            return out;
        });
    }

    public static long size(Path dir) {
        return read(dir, ds -> ds.asDatasetGraph().stream().count());
    }

    private static String text(Quad q) {
        return q.getGraph() + " " + q.getSubject() + " " + q.getPredicate() + " " + q.getObject();
    }
}
