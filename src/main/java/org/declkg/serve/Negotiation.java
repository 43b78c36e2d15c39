package org.declkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/**
 * Picks what to answer from an {@code Accept} header: each offer gets the quality of the most
 * specific range that matches it (RFC 9110), the best quality wins, and ties go to the earlier offer.
 * A browser's {@code text/html,...,*&#47;*;q=0.8} thus gets HTML, and {@code curl}'s {@code *&#47;*} gets the
 * first offer.
 */
final class Negotiation {
    static final String HTML = "text/html";
    static final String TURTLE = "text/turtle";

    /** What the resource pages offer, the default first. */
    static final List<String> RESOURCE_OFFERS = List.of(TURTLE, HTML, "application/ld+json", "application/n-triples",
            "application/rdf+xml", "application/trig");

    /** The RDF-only offers (for things with no HTML page of their own). */
    static final List<String> RDF_OFFERS = RESOURCE_OFFERS.stream().filter(t -> !t.equals(HTML)).toList();

    private record Range(String type, String subtype, double q) {
        /** 3 for type/subtype, 2 for type/*, 1 for *&#47;*, 0 when it does not match. */
        int specificity(String offer) {
            String[] o = offer.split("/", 2);
            if (type.equals("*")) return subtype.equals("*") ? 1 : 0;
            if (!type.equals(o[0])) return 0;
            if (subtype.equals("*")) return 2;
            return subtype.equals(o[1]) ? 3 : 0;
        }
    }

    private Negotiation() {}

    /** The best offer for the header, the first offer when there is none; null when nothing offered is acceptable. */
    static String choose(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) return offers.get(0);
        List<Range> ranges = parse(accept);
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            int spec = 0;
            double q = 0;
            for (Range r : ranges) {
                int s = r.specificity(offer);
                if (s > spec) {
                    spec = s;
                    q = r.q();
                }
            }
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return best;
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] fields = part.split(";");
            String[] type = fields[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty()) continue;
            double q = 1;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].strip();
                if (f.startsWith("q=") || f.startsWith("Q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(f.substring(2))));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            out.add(new Range(type[0], type[1], q));
        }
        return out;
    }

    /** The RIOT format that writes a media type; Turtle for anything else. */
    static RDFFormat format(String type) {
        return switch (type) {
            case "application/ld+json" -> RDFFormat.JSONLD;
            case "application/n-triples" -> RDFFormat.NTRIPLES;
            case "application/rdf+xml" -> RDFFormat.RDFXML;
            case "application/trig" -> RDFFormat.TRIG;
            default -> RDFFormat.TURTLE;
        };
    }

    /** The {@code ?format=} name of a media type, for links to each format of a page. */
    static String extension(String type) {
        return switch (type) {
            case "application/ld+json" -> "jsonld";
            case "application/n-triples" -> "nt";
            case "application/rdf+xml" -> "rdf";
            case "application/trig" -> "trig";
            case HTML -> "html";
            default -> "ttl";
        };
    }

    /** The media type a {@code ?format=} name asks for; null when unknown. */
    static String byExtension(String name, List<String> offers) {
        for (String t : offers) if (extension(t).equalsIgnoreCase(name)) return t;
        return null;
    }
}
