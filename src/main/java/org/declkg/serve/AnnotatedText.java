package org.declkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A declaration's text as given, paragraph by paragraph, with the span of each statement marked and
 * linked to the statement, coloured by its class. A sentence with no statement is shown plain, and what
 * the extractor did not read at all (headings, numbering, markup, page furniture) is shown greyed, so a
 * reader sees at a glance what was taken and what was not. Offsets are NIF's: code points of the text.
 */
final class AnnotatedText {
    /** A nif:Paragraph or nif:Sentence of the text. */
    record Part(int begin, int end, String number, String section) {}

    /** The span one or more statements are read from, with the statements. */
    record Span(int begin, int end, List<Statement> statements) {}

    /** One statement: its page, class (local name), class label, object and actors as text. */
    record Statement(String iri, String actClass, String classLabel, String object, String actors) {}

    private final String text;
    /** UTF-16 index of each code point offset (length: code points + 1). */
    private final int[] utf16;
    private final Links links;

    AnnotatedText(String text, Links links) {
        this.text = text;
        this.links = links;
        int points = text.codePointCount(0, text.length());
        this.utf16 = new int[points + 1];
        for (int cp = 0, i = 0; cp <= points; cp++) {
            utf16[cp] = i;
            if (i < text.length()) i += Character.charCount(text.codePointAt(i));
        }
    }

    /** The whole text: paragraphs in order, the sentences in them, the spans in those. */
    String html(List<Part> paragraphs, List<Part> sentences, List<Span> spans) {
        List<List<Span>> inSentence = inSentences(sentences, spans);
        StringBuilder b = new StringBuilder("<div class=\"reading-text\">\n");
        int cursor = 0; // UTF-16: where the text not yet shown begins
        int s = 0;
        for (Part p : paragraphs) {
            String gap = text.substring(cursor, utf16[p.begin()]);
            int lineStart = Math.max(gap.lastIndexOf('\n'), gap.lastIndexOf('\r')) + 1;
            block(b, gap.substring(0, lineStart));
            b.append("<p class=\"para\"");
            if (p.section() != null) b.append(" data-section=\"").append(Html.esc(p.section())).append('"');
            if (p.number() != null) b.append(" data-number=\"").append(Html.esc(p.number())).append('"');
            b.append('>');
            if (p.number() != null) b.append("<span class=\"para-number\">").append(Html.esc(p.number())).append("</span>");
            unread(b, gap.substring(lineStart), "head");
            int at = p.begin();
            for (; s < sentences.size() && sentences.get(s).begin() < p.end(); s++) {
                Part sentence = sentences.get(s);
                b.append(Html.esc(cut(at, sentence.begin())));
                sentence(b, sentence, inSentence.get(s));
                at = sentence.end();
            }
            b.append(Html.esc(cut(at, p.end())));
            int lineEnd = utf16[p.end()];
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') lineEnd++;
            unread(b, text.substring(utf16[p.end()], lineEnd), "tail");
            b.append("</p>\n");
            cursor = lineEnd;
        }
        block(b, text.substring(cursor));
        return b.append("</div>\n").toString();
    }

    /** The spans that lie in each sentence, in one pass over both (each in text order). */
    static List<List<Span>> inSentences(List<Part> sentences, List<Span> spans) {
        List<List<Span>> out = new ArrayList<>();
        int first = 0;
        for (Part s : sentences) {
            while (first < spans.size() && spans.get(first).begin() < s.begin()) first++;
            List<Span> inside = new ArrayList<>();
            for (int i = first; i < spans.size() && spans.get(i).begin() < s.end(); i++)
                if (spans.get(i).end() <= s.end()) inside.add(spans.get(i));
            out.add(inside);
        }
        return out;
    }

    /** One sentence, cut at every span boundary; each piece marked by the innermost span covering it. */
    private void sentence(StringBuilder b, Part sentence, List<Span> inside) {
        b.append("<span class=\"sentence").append(inside.isEmpty() ? " plain" : " read").append("\" id=\"char=")
                .append(sentence.begin()).append(',').append(sentence.end()).append("\">");
        TreeSet<Integer> cuts = new TreeSet<>(List.of(sentence.begin(), sentence.end()));
        for (Span x : inside) { cuts.add(x.begin()); cuts.add(x.end()); }
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int f = from, t = to;
            List<Span> covering = inside.stream().filter(x -> x.begin() <= f && t <= x.end()).toList();
            if (covering.isEmpty()) {
                b.append(Html.esc(cut(f, t)));
                continue;
            }
            Span innermost = covering.stream().min((x, y) -> Integer.compare(x.end() - x.begin(), y.end() - y.begin())).get();
            Statement first = innermost.statements().get(0);
            b.append("<a class=\"span\" data-act-class=\"").append(Html.esc(first.actClass())).append("\" href=\"").append(Html.esc(links.href(first.iri())))
                    .append("\" title=\"").append(Html.esc(tooltip(covering))).append("\">").append(Html.esc(cut(f, t)))
                    .append("</a>");
            for (Span x : covering) if (x.end() == t) tags(b, x);
        }
        b.append("</span>");
    }

    /** Beside a span's end: each of its statements' class, linking to the statement. */
    private void tags(StringBuilder b, Span x) {
        b.append("<sup class=\"tags\">");
        for (Statement st : x.statements())
            b.append("<a class=\"tag\" data-act-class=\"").append(Html.esc(st.actClass())).append("\" href=\"").append(Html.esc(links.href(st.iri())))
                    .append("\" title=\"").append(Html.esc(st.object() + " · " + st.actors())).append("\">")
                    .append(Html.esc(st.classLabel())).append("</a>");
        b.append("</sup>");
    }

    private static String tooltip(List<Span> covering) {
        List<String> lines = new ArrayList<>();
        for (Span x : covering)
            for (Statement st : x.statements())
                lines.add(st.classLabel() + " → " + st.object() + " · " + st.actors());
        return String.join("\n", lines);
    }

    private void unread(StringBuilder b, String s, String where) {
        if (s.isBlank()) return;
        b.append("<span class=\"unread ").append(where).append("\" title=\"not read: markup, numbering or page furniture\">")
                .append(Html.esc(s.strip())).append("</span>");
    }

    private static void block(StringBuilder b, String s) {
        if (s.isBlank()) return;
        b.append("<div class=\"unread\" title=\"not read: a heading, numbering, markup or page furniture\">")
                .append(Html.esc(s.strip())).append("</div>\n");
    }

    /** The text between two code point offsets. */
    private String cut(int from, int to) { return from >= to ? "" : text.substring(utf16[from], utf16[to]); }
}
