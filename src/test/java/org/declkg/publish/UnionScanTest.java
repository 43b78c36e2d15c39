package org.declkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

/** The union read from TDB2's indexes: what several graphs share comes once, nothing else is lost. */
class UnionScanTest {
    private static Node iri(String local) { return NodeFactory.createURI("https://example.org/" + local); }

    private static final Node P = iri("p"), Q = iri("q"), LABEL = iri("label");

    /** Three graphs that share a label, a year and some objects; one triple in all three. */
    private static Dataset store() {
        Dataset ds = TDB2Factory.createDataset();
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Node year = NodeFactory.createLiteralDT("2025", XSDDatatype.XSDinteger);
            for (String g : List.of("g1", "g2", "g3")) {
                dsg.add(iri(g), iri("state"), LABEL, NodeFactory.createLiteralLang("甲国", "zh"));
                dsg.add(iri(g), iri(g + "-act"), P, iri("state"));
                dsg.add(iri(g), iri(g + "-act"), Q, year);
                dsg.add(iri(g), iri("state"), P, iri(g));
            }
            dsg.add(iri("g2"), iri("b"), Q, year);
        });
        return ds;
    }

    @Test
    void eachTripleOfTheUnionComesOnceWithItsSubjectsTriplesTogether() {
        Dataset ds = store();
        Txn.executeRead(ds, () -> {
            List<Triple> scanned = Iter.toList(UnionScan.of(ds.asDatasetGraph()).triples());
            Set<Triple> union = new HashSet<>(Iter.toList(ds.asDatasetGraph().getUnionGraph().find()));
            assertEquals(3 * 4 + 1, ds.asDatasetGraph().stream().count());
            assertEquals(1 + 3 + 3 + 3 + 1, union.size());
            assertEquals(union.size(), scanned.size(), "no triple twice");
            assertEquals(union, new HashSet<>(scanned));
            List<Node> runs = new ArrayList<>();
            for (Triple t : scanned) if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(t.getSubject())) runs.add(t.getSubject());
            assertEquals(runs.size(), new HashSet<>(runs).size(), "a subject's triples come together");
        });
    }

    @Test
    void byPredicateAndDistinctObjects() {
        Dataset ds = store();
        Txn.executeRead(ds, () -> {
            UnionScan scan = UnionScan.of(ds.asDatasetGraph());
            List<Triple> q = Iter.toList(scan.withPredicate(Q));
            assertEquals(Set.of(Triple.create(iri("g1-act"), Q, NodeFactory.createLiteralDT("2025", XSDDatatype.XSDinteger)),
                    Triple.create(iri("g2-act"), Q, NodeFactory.createLiteralDT("2025", XSDDatatype.XSDinteger)),
                    Triple.create(iri("g3-act"), Q, NodeFactory.createLiteralDT("2025", XSDDatatype.XSDinteger)),
                    Triple.create(iri("b"), Q, NodeFactory.createLiteralDT("2025", XSDDatatype.XSDinteger))), new HashSet<>(q));
            assertEquals(4, q.size());
            assertEquals(1, Iter.count(scan.withPredicate(LABEL)), "the label three graphs share, once");
            assertFalse(scan.withPredicate(iri("nothing")).hasNext());
            // The label, the state, the year and the three graph IRIs as objects.
            assertEquals(6, scan.distinctObjects());
        });
    }

    @Test
    void onlyATdb2StoreIsScanned() {
        assertThrows(IllegalArgumentException.class, () -> UnionScan.of(DatasetFactory.create().asDatasetGraph()));
    }
}
