package org.declkg.cli;

import org.apache.jena.riot.RDFFormat;

/** The RDF formats the command line writes, by their short names. */
final class Formats {
    private Formats() {}

    static RDFFormat parse(String name) {
        return switch (name.toLowerCase()) {
            case "ttl", "turtle" -> RDFFormat.TURTLE_BLOCKS;
            case "trig" -> RDFFormat.TRIG_BLOCKS;
            case "nt", "ntriples", "n-triples" -> RDFFormat.NTRIPLES;
            case "nq", "nquads" -> RDFFormat.NQUADS;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD;
            default -> throw new IllegalArgumentException("unknown format '" + name + "': use ttl, trig, nt or jsonld");
        };
    }
}
