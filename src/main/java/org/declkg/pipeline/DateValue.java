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
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    public enum Precision { YEAR, MONTH, DAY }
}
