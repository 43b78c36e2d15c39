package org.declkg.rdf;

import org.declkg.pipeline.Keys;

/**
 * The IRI scheme {@code {base}{kind}/{key}} under one data base. Keys are stable: a key made from a
 * text is a hash of its normalised form, so the same thing extracted twice, or from two declarations,
 * gets one IRI. A value: whoever mints or reads data IRIs is given the scheme it works under.
 */
public record Iris(String base) {
    public static final String DEFAULT_BASE = "https://w3id.org/declkg/id/";
    public static final Iris DEFAULT = new Iris(DEFAULT_BASE);

    /** @throws IllegalArgumentException when {@code base} does not end with '/' */
    public Iris {
        if (base == null || !base.endsWith("/")) throw new IllegalArgumentException("base IRI must end with '/': " + base);
    }

    public String of(String kind, String key) { return base + kind + "/" + key; }

    /** Named graph holding the ontology and the SKOS schemes. */
    public String ontologyGraph() { return of("graph", "ontology"); }

    /** Named graph holding the world knowledge: organisations, states, memberships, places. */
    public String worldGraph() { return of("graph", "world"); }

    /** Whether {@code iri} is a data IRI, under the base. */
    public boolean contains(String iri) { return iri.startsWith(base); }

    /** The kind of a data IRI, the path segment after the base ({@code state}, {@code act}, …); "" for any other IRI. */
    public String kind(String iri) {
        if (!contains(iri)) return "";
        String rest = iri.substring(base.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** A 16-hex-digit key from a text, insensitive to width and surrounding space. */
    public static String hashKey(String text) { return Keys.hash(text); }
}
