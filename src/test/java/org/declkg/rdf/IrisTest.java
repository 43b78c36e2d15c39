package org.declkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The IRI scheme is a value: its base given when it is made, and nothing else. */
class IrisTest {
    private final Iris kg = new Iris("https://example.org/kg/");

    @Test
    void aBaseMustEndWithASlash() {
        assertThrows(IllegalArgumentException.class, () -> new Iris("https://example.org/kg"));
        assertThrows(IllegalArgumentException.class, () -> new Iris(null));
    }

    @Test
    void anIriIsItsKindAndKeyUnderTheBase() {
        assertEquals("https://example.org/kg/state/china", kg.of("state", "china"));
        assertEquals("https://example.org/kg/graph/ontology", kg.ontologyGraph());
        assertEquals("https://example.org/kg/graph/world", kg.worldGraph());
        assertEquals("https://w3id.org/declkg/id/state/china", Iris.DEFAULT.of("state", "china"));
        assertEquals(Iris.DEFAULT_BASE, Iris.DEFAULT.base());
    }

    @Test
    void theKindOfADataIriIsReadBack() {
        assertEquals("act", kg.kind(kg.of("act", "sco-2025-09-01-0912ef92-1a2b")));
        assertEquals("text", kg.kind(kg.of("text", "k") + "#char=0,5"));
        assertEquals("dataset", kg.kind("https://example.org/kg/dataset"));
        assertEquals("", kg.kind(Iris.DEFAULT.of("act", "x")), "another base's IRI is none of its own");
        assertTrue(kg.contains(kg.of("state", "china")));
        assertFalse(kg.contains(Iris.DEFAULT.of("state", "china")));
    }

    @Test
    void twoSchemesWithOneBaseAreEqual() {
        assertEquals(kg, new Iris("https://example.org/kg/"));
        assertEquals(Iris.DEFAULT, new Iris(Iris.DEFAULT_BASE));
    }

    @Test
    void keysDoNotDependOnTheBase() {
        assertEquals(Iris.hashKey("全球发展倡议"), Iris.hashKey(" 全球发展倡议 "));
        assertEquals(16, Iris.hashKey("全球发展倡议").length());
    }

    @Test
    void theDataPrefixIsTheBase() {
        assertEquals(kg.base(), Prefixes.all(kg).get("dkid"));
        assertEquals(Iris.DEFAULT_BASE, Prefixes.all(Iris.DEFAULT).get("dkid"));
        assertEquals(DK.NS, Prefixes.all(kg).get("dk"));
    }
}
