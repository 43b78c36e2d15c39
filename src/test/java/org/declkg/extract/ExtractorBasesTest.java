package org.declkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.declkg.Fixtures;
import org.declkg.Snapshots;
import org.declkg.rdf.Iris;
import org.junit.jupiter.api.Test;

/**
 * The base of the data IRIs belongs to the extractor, not to the JVM: two extractors with two bases,
 * running at once, each write every IRI under their own base, and otherwise the same graph. (An act's
 * key hashes its object's whole IRI, so acts are keyed differently under each base: they are compared
 * by what is said of them.)
 */
class ExtractorBasesTest {
    private static final Iris A = new Iris("https://example.org/a/"), B = new Iris("https://example.org/b/");
    private static final Iris ANY = new Iris("urn:x-any-base:/");

    @Test
    void twoExtractorsOnTwoThreadsEachKeepTheirOwnBase() throws Exception {
        Extractor a = Extractor.create(Fixtures.knowledge(), A), b = Extractor.create(Fixtures.knowledge(), B);
        String text = Fixtures.seed();
        List<Future<Model>> fromA = new ArrayList<>(), fromB = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) { // interleaved: each thread extracts with one base, then the other
                fromA.add(pool.submit(() -> a.extract("seed.txt", text).graph()));
                fromB.add(pool.submit(() -> b.extract("seed.txt", text).graph()));
            }
            for (int i = 0; i < fromA.size(); i++) {
                Model ga = fromA.get(i).get(), gb = fromB.get(i).get();
                assertUnder(ga, A, B);
                assertUnder(gb, B, A);
                assertEquals(ga.size(), gb.size());
                assertEquals(keys(ga, A), keys(gb, B), "the same things, keyed alike");
                assertTrue(rebased(ga, A).isIsomorphicWith(rebased(gb, B)), "one graph but for the base");
            }
        } finally {
            pool.shutdown();
        }
        Model byDefault = Fixtures.extractor().extract("seed.txt", text).graph();
        assertTrue(rebased(fromA.get(0).get(), A).isIsomorphicWith(rebased(byDefault, Iris.DEFAULT)),
                "and the graph the default base gives");
    }

    /** Every subject is under {@code own}, and no IRI anywhere under {@code other} or the default base. */
    private static void assertUnder(Model m, Iris own, Iris other) {
        assertFalse(m.isEmpty());
        for (Statement s : m.listStatements().toList()) {
            assertTrue(s.getSubject().isURIResource() && own.contains(s.getSubject().getURI()), s.toString());
            for (RDFNode n : List.of(s.getSubject(), s.getObject()))
                if (n.isURIResource())
                    assertFalse(other.contains(n.asResource().getURI()) || Iris.DEFAULT.contains(n.asResource().getURI()),
                            s.toString());
        }
        assertEquals(own.base(), m.getNsPrefixURI("dkid"));
    }

    /** The subjects' IRIs without their base, acts counted but not named. */
    private static Set<String> keys(Model m, Iris iris) {
        Set<String> out = new TreeSet<>();
        int acts = 0;
        for (Resource r : m.listSubjects().toList())
            if (iris.kind(r.getURI()).equals("act")) acts++;
            else out.add(r.getURI().substring(iris.base().length()));
        out.add(acts + " acts");
        return out;
    }

    /** A copy under {@link #ANY} base, its acts blank nodes, without the times of the extraction. */
    private static Model rebased(Model m, Iris from) {
        Model out = ModelFactory.createDefaultModel();
        Map<String, Resource> acts = new HashMap<>();
        for (Statement s : Snapshots.withoutRunTimes(m).listStatements().toList())
            out.add(rebased(out, s.getSubject(), from, acts), s.getPredicate(),
                    s.getObject().isURIResource() ? rebased(out, s.getResource(), from, acts) : s.getObject());
        return out;
    }

    private static Resource rebased(Model m, Resource r, Iris from, Map<String, Resource> acts) {
        if (!r.isURIResource() || !from.contains(r.getURI())) return r;
        if (from.kind(r.getURI()).equals("act")) return acts.computeIfAbsent(r.getURI(), iri -> m.createResource());
        return m.createResource(ANY.base() + r.getURI().substring(from.base().length()));
    }
}
