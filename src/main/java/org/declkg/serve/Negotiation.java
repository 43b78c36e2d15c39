package org.declkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Picks what to answer from an {@code Accept} header: each offer gets the quality of the most
 * specific range that matches it (RFC 9110), the best quality wins, and ties go to the earlier offer.
 * A browser's {@code text/html,...,*&#47;*;q=0.8} thus gets HTML, and {@code curl}'s {@code *&#47;*} gets the
 * first offer.
 */
final class Negotiation {
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
}
