package org.declkg.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;

/**
 * One declaration on its way through the pipeline: the text as given ({@link #raw()}) and the layers
 * the stages add. The normalised {@link #text()} is the string every span points into; its
 * {@link #rawOffsets()} lead back to the text as given.
 *
 * <p>While a stage runs, only the layers it declares (requires or provides) can be read or written:
 * reading another one throws, so a stage's declaration cannot drift from what it does.
 */
public final class Annotation {
    private final Source source;
    private final Instant started = Instant.now();
    private final String raw;
    private String text;
    private String written;
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
    private Set<Layer> open = EnumSet.allOf(Layer.class);
    private String runningStage;

    /** A text given as a string: its source is its UTF-8 bytes. */
    public Annotation(String source, String raw) { this(Source.ofText(source, raw), raw); }

    public Annotation(Source source, String raw) {
        this.source = source;
        this.raw = raw;
    }

    /** Opens the layers a stage declares, and only those, while it runs. */
    void enter(Stage stage) {
        open = EnumSet.noneOf(Layer.class);
        open.addAll(stage.requires());
        open.addAll(stage.provides());
        runningStage = stage.getClass().getSimpleName();
    }

    /** After a stage: every layer is open again (for the caller, tests and diagnostics). */
    void leave() {
        open = EnumSet.allOf(Layer.class);
        runningStage = null;
    }

    /** Empties every layer but {@code kept}: what a stage test gives the stage it runs alone. */
    public void keepOnly(Set<Layer> kept) {
        if (!kept.contains(Layer.TEXT)) { text = null; written = null; rawOffsets = null; }
        if (!kept.contains(Layer.SENTENCES)) sentences.clear();
        if (!kept.contains(Layer.TOKENS)) tokens.clear();
        if (!kept.contains(Layer.MENTIONS)) mentions.clear();
        if (!kept.contains(Layer.ACTS)) acts.clear();
        if (!kept.contains(Layer.ARGUMENTS)) { entities.clear(); objects.clear(); }
        if (!kept.contains(Layer.MEMBERSHIPS)) memberships.clear();
        if (!kept.contains(Layer.HEADER)) header = null;
        if (!kept.contains(Layer.GRAPH)) { graph = null; iri = null; }
    }

    private void check(Layer layer) {
        if (!open.contains(layer))
            throw new IllegalStateException(runningStage + " reads or writes " + layer + " but does not declare it");
    }

    /** The name of the source (a file name), for messages and as the title of last resort. */
    public String source() { return source.name(); }

    /** The file the text was read from: name, size, SHA-256 and encoding, for provenance. */
    public Source sourceFile() { return source; }

    /** When this document entered the pipeline: the start of its extraction. */
    public Instant started() { return started; }

    /** The text as given: decoded, nothing else changed. */
    public String raw() { return raw; }

    public String text() { check(Layer.TEXT); return text; }

    /**
     * The normalised text with each character as the source wrote it: the same as {@link #text()} but
     * where a Traditional character was simplified, which keeps its Traditional form here.
     */
    public String written() { check(Layer.TEXT); return written; }

    /** Offset into {@link #raw()} of each character of {@link #text()} (length text+1). */
    public int[] rawOffsets() { check(Layer.TEXT); return rawOffsets; }

    public void setText(String text, String written, int[] rawOffsets) {
        check(Layer.TEXT);
        if (written.length() != text.length() || rawOffsets.length != text.length() + 1)
            throw new IllegalArgumentException("the written form and the offsets must align with the text");
        this.text = text;
        this.written = written;
        this.rawOffsets = rawOffsets;
    }

    public String cover(Span s) { return s.of(text()); }

    public List<Sentence> sentences() { check(Layer.SENTENCES); return sentences; }

    public List<Token> tokens() { check(Layer.TOKENS); return tokens; }

    public List<Mention> mentions() { check(Layer.MENTIONS); return mentions; }

    public List<Act> acts() { check(Layer.ACTS); return acts; }

    /** Documents, events and initiatives the text names, whether or not an act is about them. */
    public List<Argument> entities() { check(Layer.ARGUMENTS); return entities; }

    public List<MembershipStatement> memberships() { check(Layer.MEMBERSHIPS); return memberships; }

    public List<Argument> objectsOf(Act act) { check(Layer.ARGUMENTS); return objects.getOrDefault(act, List.of()); }

    public void setObjects(Act act, List<Argument> args) { check(Layer.ARGUMENTS); objects.put(act, List.copyOf(args)); }

    public Header header() { check(Layer.HEADER); return header; }

    public void setHeader(Header header) { check(Layer.HEADER); this.header = header; }

    public Model graph() { check(Layer.GRAPH); return graph; }

    public String iri() { check(Layer.GRAPH); return iri; }

    public void setGraph(String iri, Model graph) {
        check(Layer.GRAPH);
        this.iri = iri;
        this.graph = graph;
    }

    /** Mentions inside a span, in text order (mentions are kept sorted by position). */
    public List<Mention> mentionsIn(Span s) {
        List<Mention> mentions = mentions(), out = new ArrayList<>();
        for (int i = firstAtOrAfter(mentions, s.begin(), m -> m.span().begin()); i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.span().begin() >= s.end()) break;
            if (s.contains(m.span())) out.add(m);
        }
        return out;
    }

    public Mention mentionStartingAt(int pos) {
        List<Mention> mentions = mentions();
        int i = firstAtOrAfter(mentions, pos, m -> m.span().begin());
        return i < mentions.size() && mentions.get(i).span().begin() == pos ? mentions.get(i) : null;
    }

    public Token tokenStartingAt(int pos) {
        List<Token> tokens = tokens();
        int i = firstAtOrAfter(tokens, pos, t -> t.span().begin());
        return i < tokens.size() && tokens.get(i).span().begin() == pos ? tokens.get(i) : null;
    }

    /** Tokens inside a span (tokens are in text order). */
    public List<Token> tokensIn(Span s) {
        List<Token> tokens = tokens(), out = new ArrayList<>();
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
