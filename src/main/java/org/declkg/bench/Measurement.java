package org.declkg.bench;

/**
 * One figure of a benchmark, with the reference it is compared to, declkg's figure as a share of it,
 * and the target that share should meet (if any).
 */
public record Measurement(String name, double value, String unit, String reference, double referenceValue,
                          Target target) {
    /** What the ratio should be: at least {@code bound} (throughput) or at most (time, memory). */
    public record Target(boolean atLeast, double bound) {
        public static Target atLeast(double bound) { return new Target(true, bound); }

        public static Target atMost(double bound) { return new Target(false, bound); }

        boolean met(double v) { return atLeast ? v >= bound : v <= bound; }

        @Override
        public String toString() { return (atLeast ? "≥ " : "≤ ") + trim(bound); }
    }

    /** A figure on its own. */
    public static Measurement of(String name, double value, String unit) {
        return new Measurement(name, value, unit, null, 0, null);
    }

    /** A figure with a limit of its own (no reference), e.g. seconds ≤ 2. */
    public static Measurement limited(String name, double value, String unit, Target target) {
        return new Measurement(name, value, unit, null, 0, target);
    }

    public static Measurement compared(String name, double value, String unit, String reference, double referenceValue,
                                       Target target) {
        return new Measurement(name, value, unit, reference, referenceValue, target);
    }

    public boolean hasReference() { return reference != null; }

    public double ratio() { return referenceValue == 0 ? Double.NaN : value / referenceValue; }

    /** The figure the target applies to: the ratio when there is a reference, else the value itself. */
    public boolean met() { return target == null || target.met(hasReference() ? ratio() : value); }

    public String row() {
        String ref = hasReference() ? String.format("%-36s %12s", reference, number(referenceValue)) : String.format("%-36s %12s", "", "");
        String ratio = hasReference() ? String.format("%6.2f", ratio()) : "      ";
        String goal = target == null ? "" : target + (met() ? "  met" : "  MISSED");
        return String.format("%-44s %12s %-8s %s %s  %s", name, number(value), unit, ref, ratio, goal).stripTrailing();
    }

    public static String header() {
        return String.format("%-44s %12s %-8s %-36s %12s %6s  %s", "figure", "declkg", "unit", "reference", "reference",
                "ratio", "target");
    }

    static String number(double v) {
        if (Double.isNaN(v)) return "n/a";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format("%,d", (long) v);
        if (Math.abs(v) >= 1000) return String.format("%,.0f", v);
        if (Math.abs(v) >= 100) return String.format("%.1f", v);
        return String.format("%.2f", v);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
