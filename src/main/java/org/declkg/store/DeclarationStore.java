package org.declkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.declkg.extract.Extraction;
import org.declkg.rdf.Iris;

/**
 * A TDB2 database of declarations: one named graph per declaration (named by its IRI), plus the
 * ontology and the world knowledge in graphs of their own. Every change is one write transaction.
 */
public final class DeclarationStore implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeclarationStore.class);
    private final Dataset dataset;

    private DeclarationStore(Dataset dataset) { this.dataset = dataset; }

    public static DeclarationStore open(Path dir) {
        return new DeclarationStore(TDB2Factory.connectDataset(dir.toString()));
    }

    public Dataset dataset() { return dataset; }

    /** Puts each declaration's graph in place of the one it had, all in one transaction. */
    public void replace(List<Extraction> extractions) {
        long start = System.nanoTime();
        Txn.executeWrite(dataset, () -> {
            for (Extraction e : extractions) dataset.replaceNamedModel(e.declarationIri(), e.graph());
        });
        LOG.debug("replaced {} graph(s) in one transaction, {} ms", extractions.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The ontology and world graphs, named under {@code iris}, replaced in one transaction. */
    public void replaceShared(Iris iris, Model ontology, Model world) {
        Txn.executeWrite(dataset, () -> {
            dataset.replaceNamedModel(iris.ontologyGraph(), ontology);
            dataset.replaceNamedModel(iris.worldGraph(), world);
        });
    }

    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> out = new ArrayList<>();
            dataset.listModelNames().forEachRemaining(r -> out.add(r.getURI()));
            return out;
        });
    }

    /** Quads in all graphs, the default graph included. */
    public long size() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }

    public long size(String graph) {
        return Txn.calculateRead(dataset, () -> dataset.containsNamedModel(graph) ? dataset.getNamedModel(graph).size() : 0);
    }

    @Override
    public void close() { dataset.close(); }
}
