package org.declkg.publish;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The union of a TDB2 store's named graphs, read straight from its quad indexes in constant memory.
 * Jena's union graph removes the triples that several graphs share with a set of every triple it
 * has seen, as large as the store. An index that ends in G (SPOG, POSG, OSPG) holds the copies of
 * one triple side by side, so dropping a triple equal to the one before is enough. Use inside a
 * read transaction.
 */
final class UnionScan {
    private final NodeTable nodes;
    private final TupleIndex spog, posg, ospg;

    private UnionScan(NodeTupleTable quads) {
        this.nodes = quads.getNodeTable();
        TupleIndex[] indexes = quads.getTupleTable().getIndexes();
        this.spog = index(indexes, "SPOG");
        this.posg = index(indexes, "POSG");
        this.ospg = index(indexes, "OSPG");
    }

    /** The scan of {@code dsg}, which must be a TDB2 store. */
    static UnionScan of(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb == null)
            throw new IllegalArgumentException("the dumps are written from a TDB2 store, not " + dsg.getClass().getSimpleName());
        return new UnionScan(tdb.getQuadTable().getNodeTupleTable());
    }

    private static TupleIndex index(TupleIndex[] indexes, String name) {
        return Arrays.stream(indexes).filter(i -> i.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the store has no " + name + " index"));
    }

    /** Each triple of the union once, those of one subject together. */
    Iterator<Triple> triples() {
        return triplesOf(spog.all());
    }

    /** Each triple of the union with predicate {@code p} once. */
    Iterator<Triple> withPredicate(Node p) {
        NodeId id = nodes.getNodeIdForNode(p);
        if (NodeId.isDoesNotExist(id)) return Iter.nullIterator();
        return triplesOf(posg.find(TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, id, NodeId.NodeIdAny)));
    }

    /** How many distinct nodes are objects in the union. */
    long distinctObjects() {
        long count = 0;
        NodeId last = null;
        for (Iterator<Tuple<NodeId>> it = ospg.all(); it.hasNext(); ) {
            NodeId o = it.next().get(3);
            if (!o.equals(last)) count++;
            last = o;
        }
        return count;
    }

    /** Quads (in G, S, P, O slot order) to triples, dropping a triple equal to the one before. */
    private Iterator<Triple> triplesOf(Iterator<Tuple<NodeId>> quads) {
        return new Iterator<>() {
            private Tuple<NodeId> last, next;

            @Override
            public boolean hasNext() {
                while (next == null && quads.hasNext()) {
                    Tuple<NodeId> q = quads.next();
                    if (last == null || !sameTriple(q, last)) next = q;
                    last = q;
                }
                return next != null;
            }

            @Override
            public Triple next() {
                if (!hasNext()) throw new NoSuchElementException();
                Tuple<NodeId> q = next;
                next = null;
                return Triple.create(node(q.get(1)), node(q.get(2)), node(q.get(3)));
            }
        };
    }

    private static boolean sameTriple(Tuple<NodeId> a, Tuple<NodeId> b) {
        return a.get(1).equals(b.get(1)) && a.get(2).equals(b.get(2)) && a.get(3).equals(b.get(3));
    }

    private Node node(NodeId id) { return nodes.getNodeForNodeId(id); }
}
