package org.declkg.cli;

/**
 * Messages to the user, one line each whatever they contain: a file name with a line break or a
 * terminal escape in it is written escaped ({@code \n}, {@code \u001b}), so that it can neither
 * break the one-line promise nor drive the terminal.
 */
final class Stderr {
    private Stderr() {}

    static void line(String message) {
        System.err.println(escape(message));
    }

    /** A formatted line; a trailing {@code %n} in the format is the line's own end. */
    static void printf(String format, Object... args) {
        String s = String.format(format, args);
        line(s.endsWith("\n") ? s.substring(0, s.length() - 1) : s);
    }

    /** Control characters written as escapes: the text stays on one line and prints as text. */
    static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            if (!control) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }
}
