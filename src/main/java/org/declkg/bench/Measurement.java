package org.declkg.bench;

/** One figure of a benchmark, with its reference figure and what declkg's is as a share of it. */
public record Measurement(String name, double value, String unit, String reference, double referenceValue) {
    public double ratio() { return referenceValue == 0 ? Double.NaN : value / referenceValue; }

    public String row() {
        String ref = reference == null ? "" : String.format("%-34s %14.1f", reference, referenceValue);
        String ratio = reference == null ? "" : String.format("%6.2f", ratio());
        return String.format("%-40s %14.1f %-8s %s %s", name, value, unit, ref, ratio);
    }
}
