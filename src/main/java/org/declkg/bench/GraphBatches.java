package org.declkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.declkg.extract.Extraction;

/**
 * Reads an N-Quads file whose quads come graph by graph (as a TDB2 dump writes them) and hands the
 * named graphs over {@code per} at a time, as the extractions {@code load} stores: storing without
 * extracting, to compare with the bulk loader on the same quads.
 */
final class GraphBatches extends StreamRDFBase {
    private final int per;
    private final int limit;
    private final Consumer<List<Extraction>> sink;
    private int handed;
    private final java.util.Set<Node> seen = new java.util.HashSet<>();
    private List<Extraction> batch = new ArrayList<>();
    private Node graph;
    private Model model;

    private GraphBatches(int per, int limit, Consumer<List<Extraction>> sink) {
        this.per = per;
        this.limit = limit;
        this.sink = sink;
    }

    /** Reading stops once {@code limit} graphs have been handed over. */
    private static final class Enough extends RuntimeException {
        Enough() { super(null, null, false, false); }
    }

    static void read(Path nquads, int per, int limit, Consumer<List<Extraction>> sink) {
        GraphBatches b = new GraphBatches(per, limit, sink);
        try {
            RDFParser.source(nquads).parse(b);
            b.flush(true);
        } catch (Enough e) {
            // the first graphs were enough
        }
    }

    @Override
    public void quad(Quad q) {
        if (q.isDefaultGraph()) return;
        if (!q.getGraph().equals(graph)) {
            flush(false);
            graph = q.getGraph();
            if (!seen.add(graph)) throw new IllegalStateException("the quads of " + graph + " do not come together");
            model = ModelFactory.createDefaultModel();
        }
        model.getGraph().add(Triple.create(q.getSubject(), q.getPredicate(), q.getObject()));
    }

    private void flush(boolean last) {
        if (graph != null) batch.add(new Extraction(graph.getURI(), model));
        graph = null;
        if (batch.size() >= per || (last && !batch.isEmpty())) {
            sink.accept(batch);
            handed += batch.size();
            batch = new ArrayList<>();
            if (handed >= limit) throw new Enough();
        }
    }
}
