package org.declkg.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Which attributes of a matched pair are scored, per category, and when two values agree. */
final class Attributes {
    private static final Map<String, List<String>> BY_CATEGORY = Map.of(
            "document", List.of("type", "date", "place"),
            "event", List.of("type", "start", "end", "place", "perpetrators", "targets"),
            "initiative", List.of("type", "proposer"),
            "membership", List.of("since"));
    private static final List<String> OF_ACTS = List.of("actors");
    private static final List<String> SETS = List.of("actors", "perpetrators", "targets", "proposer");

    private Attributes() {}

    static List<String> of(String category, boolean act) {
        return act ? OF_ACTS : BY_CATEGORY.getOrDefault(category, List.of());
    }

    /** The row name of an attribute in the report: "event/start", "acts/actors". */
    static String rowName(String category, String attribute, boolean act) {
        return (act ? "acts" : category) + "/" + attribute;
    }

    static boolean agree(String attribute, String gold, String extracted) {
        if (gold == null || extracted == null) return false;
        if (attribute.equals("place")) return LabelMatch.score(gold, extracted) > 0 || sameName(gold, extracted);
        if (SETS.contains(attribute)) return set(gold).equals(set(extracted));
        return gold.strip().equals(extracted.strip());
    }

    /** "科威特" and "科威特国": one name is the other with a short generic ending. */
    private static boolean sameName(String a, String b) {
        String x = LabelMatch.normalise(a), y = LabelMatch.normalise(b);
        String shorter = x.length() <= y.length() ? x : y, longer = shorter == x ? y : x;
        return shorter.length() >= 2 && longer.startsWith(shorter) && longer.length() - shorter.length() <= 4;
    }

    private static TreeSet<String> set(String v) {
        TreeSet<String> out = new TreeSet<>();
        Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }
}
