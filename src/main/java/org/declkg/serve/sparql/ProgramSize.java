package org.declkg.serve.sparql;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * About how many instructions a regular expression compiles to, from its text alone: RE2/J expands
 * counted repetitions, so {@code ((a{1000}){1000}){1000}} would take gigabytes before matching
 * anything. Each atom counts one, a group the sum of its parts, {@code {n,m}} multiplies by its
 * larger bound. Stops counting once far over any sensible limit.
 */
final class ProgramSize {
    private static final long CEILING = 1L << 40;

    private ProgramSize() {}

    static long estimate(String regex) {
        Deque<long[]> open = new ArrayDeque<>(); // the enclosing groups' {finished, last}
        long finished = 0, last = 0;
        int n = regex.length();
        for (int i = 0; i < n; i++) {
            char c = regex.charAt(i);
            switch (c) {
                case '\\' -> {
                    finished += last;
                    if (i + 1 < n && regex.charAt(i + 1) == 'Q') { // \Q...\E: each character one atom
                        int end = regex.indexOf("\\E", i + 2);
                        int stop = end < 0 ? n : end;
                        last = Math.max(1, stop - (i + 2));
                        i = end < 0 ? n : end + 1;
                    } else {
                        last = 1;
                        i++;
                    }
                }
                case '[' -> {
                    finished += last;
                    last = 1;
                    i = classEnd(regex, i);
                }
                case '(' -> {
                    open.push(new long[] {finished, last});
                    finished = 0;
                    last = 0;
                }
                case ')' -> {
                    long inner = finished + last;
                    long[] outer = open.isEmpty() ? new long[] {0, 0} : open.pop();
                    finished = outer[0] + outer[1];
                    last = Math.min(CEILING, inner + 2);
                }
                case '|' -> {
                    finished += last + 1;
                    last = 0;
                }
                case '*', '+', '?' -> last += 1;
                case '{' -> {
                    int close = regex.indexOf('}', i);
                    long times = close < 0 ? -1 : repeat(regex.substring(i + 1, close));
                    if (times < 0) { // a literal brace
                        finished += last;
                        last = 1;
                    } else {
                        last = Math.min(CEILING, Math.max(1, last) * Math.max(1, times));
                        i = close;
                    }
                }
                default -> {
                    finished += last;
                    last = 1;
                }
            }
            if (finished > CEILING) return CEILING;
        }
        long total = finished + last;
        for (long[] g : open) total += g[0] + g[1];
        return Math.min(CEILING, total);
    }

    /** The larger bound of {@code n}, {@code n,} or {@code n,m}; -1 when it is no repetition. */
    private static long repeat(String body) {
        if (!body.matches("[0-9]{1,9}(,[0-9]{0,9})?")) return -1;
        int comma = body.indexOf(',');
        if (comma < 0) return Long.parseLong(body);
        long min = Long.parseLong(body.substring(0, comma));
        String max = body.substring(comma + 1);
        return max.isEmpty() ? min + 1 : Math.max(min, Long.parseLong(max));
    }

    /** The index of the ']' that closes the class opened at {@code start}. */
    private static int classEnd(String regex, int start) {
        int i = start + 1;
        if (i < regex.length() && regex.charAt(i) == '^') i++;
        if (i < regex.length() && regex.charAt(i) == ']') i++; // a leading ']' is a member
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (c == '[' && i + 1 < regex.length() && regex.charAt(i + 1) == ':') { // [:alpha:]
                int end = regex.indexOf(":]", i + 2);
                if (end > 0) i = end + 1;
            } else if (c == ']') return i;
        }
        return regex.length();
    }
}
