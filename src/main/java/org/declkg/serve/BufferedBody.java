package org.declkg.serve;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * A request body read here in full, at most {@code limit} bytes, and handed on from memory: a body
 * too slow for Jetty's minimum data rate fails here, with one answer, rather than inside Fuseki. A
 * compressed body ({@code Content-Encoding: gzip} or {@code deflate}) is inflated here and handed on
 * plain, so that the size limit counts what it inflates to, not what went over the wire (Fuseki
 * would otherwise inflate it without any limit).
 */
final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    private BufferedBody(HttpServletRequest req, byte[] body) {
        super(req);
        this.body = body;
    }

    /** Thrown when the body is, or inflates to, more than the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit, boolean inflated) { super("request body over " + limit + " bytes" + (inflated ? " once inflated" : "")); }
    }

    static boolean isCompressed(String encoding) {
        return encoding != null && (encoding.equalsIgnoreCase("gzip") || encoding.equalsIgnoreCase("x-gzip")
                || encoding.equalsIgnoreCase("deflate"));
    }

    /**
     * The request with its body read (and inflated); {@link TooLarge} past {@code limit}; an
     * IOException or Jetty's BadMessageException for a broken, slow or cut-off body.
     */
    static BufferedBody of(HttpServletRequest req, long limit) throws IOException {
        String encoding = req.getHeader("Content-Encoding");
        boolean compressed = isCompressed(encoding);
        InputStream raw = req.getInputStream();
        try (InputStream in = !compressed ? raw
                : encoding.equalsIgnoreCase("deflate") ? new InflaterInputStream(raw) : new GZIPInputStream(raw)) {
            byte[] b = in.readNBytes((int) limit + 1);
            if (b.length > limit) throw new TooLarge(limit, compressed);
            return new BufferedBody(req, b);
        }
    }

    @Override public String getHeader(String name) {
        if ("Content-Encoding".equalsIgnoreCase(name)) return null;
        if ("Content-Length".equalsIgnoreCase(name)) return Integer.toString(body.length);
        return super.getHeader(name);
    }

    @Override public Enumeration<String> getHeaders(String name) {
        if ("Content-Encoding".equalsIgnoreCase(name)) return Collections.emptyEnumeration();
        if ("Content-Length".equalsIgnoreCase(name)) return Collections.enumeration(java.util.List.of(Integer.toString(body.length)));
        return super.getHeaders(name);
    }

    @Override public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                .filter(n -> !n.equalsIgnoreCase("Content-Encoding")).toList());
    }

    @Override public int getContentLength() { return body.length; }
    @Override public long getContentLengthLong() { return body.length; }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override public int read() { return in.read(); }
            @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            @Override public boolean isFinished() { return in.available() == 0; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the inflated body is read blocking");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String enc = getCharacterEncoding();
        Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
        return new BufferedReader(new InputStreamReader(getInputStream(), cs));
    }
}
