package org.declkg.pipeline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;

/**
 * One declaration on its way through the pipeline. The normalised {@link #text()} is the string every
 * span points into, and the one published as the provenance context.
 */
public final class Annotation {
    private final String source;
    private final String raw;
    private String text;
    private int[] rawOffsets;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Act> acts = new ArrayList<>();
    private final List<Argument> entities = new ArrayList<>();
    private final List<MembershipStatement> memberships = new ArrayList<>();
    private final Map<Act, List<Argument>> objects = new IdentityHashMap<>();
    private Header header;
    private Model graph;
    private String iri;

    public Annotation(String source, String raw) {
        this.source = source;
        this.raw = raw;
    }

    public String source() { return source; }

    public String raw() { return raw; }

    public String text() { return text; }

    /** Offset into {@link #raw()} of each character of {@link #text()} (length text+1). */
    public int[] rawOffsets() { return rawOffsets; }

    public void setText(String text, int[] rawOffsets) {
        this.text = text;
        this.rawOffsets = rawOffsets;
    }

    public String cover(Span s) { return s.of(text); }

    public List<Sentence> sentences() { return sentences; }

    public List<Token> tokens() { return tokens; }

    public List<Mention> mentions() { return mentions; }

    public List<Act> acts() { return acts; }

    /** Documents, events and initiatives the text names, whether or not an act is about them. */
    public List<Argument> entities() { return entities; }

    public List<MembershipStatement> memberships() { return memberships; }

    public List<Argument> objectsOf(Act act) { return objects.getOrDefault(act, List.of()); }

    public void setObjects(Act act, List<Argument> args) { objects.put(act, List.copyOf(args)); }

    public Header header() { return header; }

    public void setHeader(Header header) { this.header = header; }

    public Model graph() { return graph; }

    public String iri() { return iri; }

    public void setGraph(String iri, Model graph) {
        this.iri = iri;
        this.graph = graph;
    }

    /** Mentions inside a span, in text order (mentions are kept sorted by position). */
    public List<Mention> mentionsIn(Span s) {
        List<Mention> out = new ArrayList<>();
        for (int i = firstAtOrAfter(mentions, s.begin(), m -> m.span().begin()); i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.span().begin() >= s.end()) break;
            if (s.contains(m.span())) out.add(m);
        }
        return out;
    }

    public Mention mentionStartingAt(int pos) {
        int i = firstAtOrAfter(mentions, pos, m -> m.span().begin());
        return i < mentions.size() && mentions.get(i).span().begin() == pos ? mentions.get(i) : null;
    }

    public Token tokenStartingAt(int pos) {
        int i = firstAtOrAfter(tokens, pos, t -> t.span().begin());
        return i < tokens.size() && tokens.get(i).span().begin() == pos ? tokens.get(i) : null;
    }

    /** Tokens inside a span (tokens are in text order). */
    public List<Token> tokensIn(Span s) {
        List<Token> out = new ArrayList<>();
        for (int i = firstAtOrAfter(tokens, s.begin(), t -> t.span().begin()); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.span().begin() >= s.end()) break;
            if (s.contains(t.span())) out.add(t);
        }
        return out;
    }

    private static <T> int firstAtOrAfter(List<T> sorted, int pos, java.util.function.ToIntFunction<T> begin) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begin.applyAsInt(sorted.get(mid)) < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
