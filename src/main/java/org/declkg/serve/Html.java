package org.declkg.serve;

/** Small helpers for the pages: escaping and the common frame. */
final class Html {
    private Html() {}

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · declkg</title><link rel=\"stylesheet\" href=\"/static/declkg.css\"></head>"
                + "<body><header><a href=\"/home\">declkg</a> · <a href=\"/\">SPARQL query page</a> · "
                + "<a href=\"/dumps/\">dumps</a> · <a href=\"/.well-known/void\">VoID</a></header><main>\n"
                + body + "\n</main></body></html>\n";
    }
}
