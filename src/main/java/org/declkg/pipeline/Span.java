package org.declkg.pipeline;

/** A half-open character range [begin, end) of the normalised text. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }

    public int length() { return end - begin; }

    public boolean isEmpty() { return end == begin; }

    public boolean contains(Span o) { return begin <= o.begin && o.end <= end; }

    public boolean overlaps(Span o) { return begin < o.end && o.begin < end; }

    public String of(String text) { return text.substring(begin, end); }
}
