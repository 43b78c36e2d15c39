package org.declkg.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who belongs to which organisation in which role, since and until when ({@code memberships.csv}).
 * Dates are ISO strings of any precision (2001, 2001-06, 2001-06-15); blank when unknown.
 */
public final class Memberships {
    /** One row of the file. */
    public record Membership(String organisation, String state, String role, String since, String until) {}

    private final List<Membership> rows = new ArrayList<>();

    public Memberships(KnowledgeBase kb) {
        for (Map<String, String> row : kb.rows("memberships.csv"))
            rows.add(new Membership(row.get("organisation"), row.get("state"), row.get("role"),
                    row.getOrDefault("since", ""), row.getOrDefault("until", "")));
    }

    /**
     * The memberships of an organisation in force on a date (ISO, any precision; null: whatever the
     * date, every membership that has not ended).
     */
    public List<Membership> of(String organisation, String date) {
        List<Membership> out = new ArrayList<>();
        for (Membership m : rows) {
            if (!m.organisation().equals(organisation)) continue;
            if (date == null ? !m.until().isEmpty() : !inForce(m, date)) continue;
            out.add(m);
        }
        return out;
    }

    private static boolean inForce(Membership m, String date) {
        boolean started = m.since().isEmpty() || compare(m.since(), date) <= 0;
        boolean ended = !m.until().isEmpty() && compare(m.until(), date) < 0;
        return started && !ended;
    }

    /** Compares ISO dates of mixed precision on their common prefix ("2017" equals "2017-06-09"). */
    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).compareTo(b.substring(0, n));
    }
}
