package org.declkg.serve.sparql;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.ExprEvalException;

/**
 * A SPARQL regular expression run by RE2/J: matching takes time linear in the text (no backtracking,
 * so no pattern is catastrophic), the compiled program is bounded in size, and a match in progress
 * stops when its query is cancelled. RE2 syntax is Java's less backreferences and lookaround; the
 * XPath flags {@code s m i x q} are honoured.
 */
final class LinearRegex {
    /** Most instructions a pattern may compile to; counted repetitions multiply ({@code (a{100}){100}} is 10,000). */
    static final int MAX_PROGRAM = 10_000;
    /** Longest string a REPLACE may build. */
    static final int MAX_RESULT = 16 * 1024 * 1024;

    private final Pattern pattern;

    private LinearRegex(Pattern pattern) { this.pattern = pattern; }

    static LinearRegex compile(String function, String regex, String flags) {
        int mask = 0;
        if (flags != null) {
            for (char f : flags.toCharArray()) {
                switch (f) {
                    case 's' -> mask |= Pattern.DOTALL;
                    case 'm' -> mask |= Pattern.MULTILINE;
                    case 'i' -> mask |= Pattern.CASE_INSENSITIVE;
                    case 'x', 'q' -> { }
                    default -> throw new ExprEvalException(function + ": unknown flag '" + f + "' (use s, m, i, x, q)");
                }
            }
            if (flags.indexOf('q') >= 0) regex = Pattern.quote(regex);
            else if (flags.indexOf('x') >= 0) regex = withoutWhitespace(regex);
        }
        long size = ProgramSize.estimate(regex);
        if (size > MAX_PROGRAM)
            throw new ExprEvalException(function + ": pattern too large (about " + size + " instructions; at most " + MAX_PROGRAM + ")");
        try {
            return new LinearRegex(Pattern.compile(regex, mask));
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException(function + ": " + e.getMessage()
                    + " (RE2 syntax: no backreferences or lookaround)");
        }
    }

    boolean find(String text, AtomicBoolean cancel) {
        return pattern.matcher(new CancellableText(text, cancel)).find();
    }

    /**
     * Every match replaced as Jena does it ({@code $1} refers to a group): an empty match counts once,
     * at the start, so an empty pattern cannot multiply the text. Null when nothing matched.
     */
    String replace(String text, String replacement, AtomicBoolean cancel, String function) {
        Matcher m = pattern.matcher(new CancellableText(text, cancel));
        StringBuilder out = null;
        while (m.find()) {
            if (out == null) out = new StringBuilder();
            else if (m.start() == m.end()) continue;
            try {
                m.appendReplacement(out, replacement);
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException(function + ": " + e.getMessage());
            }
            if (out.length() > MAX_RESULT) throw new ExprEvalException(function + ": result over " + MAX_RESULT + " characters");
        }
        if (out == null) return null;
        m.appendTail(out);
        return out.toString();
    }

    /** The x flag: whitespace is removed from the pattern except inside character classes. */
    private static String withoutWhitespace(String regex) {
        StringBuilder b = new StringBuilder(regex.length());
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                b.append(c).append(regex.charAt(++i));
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            if (inClass || !Character.isWhitespace(c)) b.append(c);
        }
        return b.toString();
    }

    /** The text as RE2/J reads it, character by character, checking now and then whether the query was cancelled. */
    private static final class CancellableText implements CharSequence {
        private static final int CHECK_EVERY = 4096;
        private final String text;
        private final AtomicBoolean cancel;
        private int reads;

        CancellableText(String text, AtomicBoolean cancel) {
            this.text = text;
            this.cancel = cancel;
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHECK_EVERY == 0 && (Thread.currentThread().isInterrupted() || (cancel != null && cancel.get())))
                throw new QueryCancelledException();
            return text.charAt(index);
        }

        @Override public int length() { return text.length(); }
        @Override public CharSequence subSequence(int start, int end) { return text.subSequence(start, end); }
        @Override public String toString() { return text; }
    }
}
