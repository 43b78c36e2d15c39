package org.declkg.pipeline;

/** A calendar date as precise as the text gives it: year, year-month or full date. */
public record DateValue(int year, int month, int day) {
    public static DateValue ofYear(int y) { return new DateValue(y, 0, 0); }

    public static DateValue ofMonth(int y, int m) { return new DateValue(y, m, 0); }

    public static DateValue of(int y, int m, int d) { return new DateValue(y, m, d); }

    public Precision precision() {
        return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
    }

    /** ISO 8601 lexical form: 2025, 2025-06 or 2025-06-19. */
    public String iso() {
        StringBuilder out = new StringBuilder(10);
        pad(out, year, 4);
        if (precision() == Precision.YEAR) return out.toString();
        pad(out.append('-'), month, 2);
        if (precision() == Precision.MONTH) return out.toString();
        return pad(out.append('-'), day, 2).toString();
    }

    /** Zero-padded digits: {@code String.format} costs more than all the rest of an IRI. */
    private static StringBuilder pad(StringBuilder out, int n, int width) {
        String digits = Integer.toString(n);
        for (int i = digits.length(); i < width; i++) out.append('0');
        return out.append(digits);
    }

    public enum Precision { YEAR, MONTH, DAY }
}
