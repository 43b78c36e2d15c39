package org.declkg.rdf;

import org.declkg.pipeline.Keys;

/**
 * The IRI scheme {@code {base}{kind}/{key}}. Keys are stable: a key made from a text is a hash of
 * its normalised form, so the same thing extracted twice, or from two declarations, gets one IRI.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/declkg/id/";
    private static volatile String base = System.getProperty("declkg.base", DEFAULT_BASE);

    private Iris() {}

    public static String base() { return base; }

    /** Sets the data base IRI for this JVM (from the command line); must end with '/'. */
    public static void setBase(String newBase) {
        if (!newBase.endsWith("/")) throw new IllegalArgumentException("base IRI must end with '/': " + newBase);
        base = newBase;
    }

    public static String of(String kind, String key) { return base + kind + "/" + key; }

    /** Named graph holding the ontology and the SKOS schemes. */
    public static String ontologyGraph() { return of("graph", "ontology"); }

    /** Named graph holding the world knowledge: organisations, states, memberships, places. */
    public static String worldGraph() { return of("graph", "world"); }

    /** A 16-hex-digit key from a text, insensitive to width and surrounding space. */
    public static String hashKey(String text) { return Keys.hash(text); }
}
