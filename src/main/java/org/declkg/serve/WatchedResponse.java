package org.declkg.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The response as the thread running a query sees it, for {@link QueryWatchdog}: until that thread
 * writes its first byte (or sends an error) the watchdog may take the response over and answer 503
 * itself; from then on whatever the thread still does is discarded. Everything that touches the real
 * response before that first byte holds one lock, so the two threads never interleave.
 */
final class WatchedResponse extends HttpServletResponseWrapper {
    private enum State { OPEN, ANSWERING, TAKEN_OVER }

    private final Object lock = new Object();
    private volatile State state = State.OPEN;
    private ServletOutputStream out;
    private PrintWriter writer;

    WatchedResponse(HttpServletResponse response) { super(response); }

    /** The watchdog answers 503 unless the query has begun its answer; true when it did. */
    boolean takeOver(String message) {
        synchronized (lock) {
            if (state != State.OPEN) return false;
            state = State.TAKEN_OVER;
        }
        HttpServletResponse real = (HttpServletResponse) getResponse();
        try {
            if (real.isCommitted()) return true;
            real.reset();
            real.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            real.setHeader("Connection", "close");
            real.setContentType("text/plain;charset=utf-8");
            byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
            real.setContentLength(body.length);
            OutputStream o = real.getOutputStream();
            o.write(body);
            o.close();
        } catch (IOException | IllegalStateException gone) {
            // the client has gone: nothing to answer
        }
        return true;
    }

    boolean takenOver() { return state == State.TAKEN_OVER; }

    /** Runs a change to the real response unless the watchdog has taken it over. */
    private void guarded(Runnable change) {
        if (state == State.ANSWERING) {
            change.run();
            return;
        }
        synchronized (lock) {
            if (state != State.TAKEN_OVER) change.run();
        }
    }

    /** The query's thread is about to write: from now on the answer is its own. False when too late. */
    private boolean claim() {
        if (state == State.ANSWERING) return true;
        synchronized (lock) {
            if (state == State.TAKEN_OVER) return false;
            state = State.ANSWERING;
            return true;
        }
    }

    @Override public void setStatus(int sc) { guarded(() -> super.setStatus(sc)); }
    @Override public void setHeader(String name, String value) { guarded(() -> super.setHeader(name, value)); }
    @Override public void addHeader(String name, String value) { guarded(() -> super.addHeader(name, value)); }
    @Override public void setIntHeader(String name, int value) { guarded(() -> super.setIntHeader(name, value)); }
    @Override public void addIntHeader(String name, int value) { guarded(() -> super.addIntHeader(name, value)); }
    @Override public void setDateHeader(String name, long date) { guarded(() -> super.setDateHeader(name, date)); }
    @Override public void addDateHeader(String name, long date) { guarded(() -> super.addDateHeader(name, date)); }
    @Override public void setContentType(String type) { guarded(() -> super.setContentType(type)); }
    @Override public void setCharacterEncoding(String charset) { guarded(() -> super.setCharacterEncoding(charset)); }
    @Override public void setContentLength(int len) { guarded(() -> super.setContentLength(len)); }
    @Override public void setContentLengthLong(long len) { guarded(() -> super.setContentLengthLong(len)); }
    @Override public void setLocale(java.util.Locale loc) { guarded(() -> super.setLocale(loc)); }
    @Override public void setBufferSize(int size) { guarded(() -> super.setBufferSize(size)); }
    @Override public void resetBuffer() { guarded(super::resetBuffer); }
    @Override public void reset() { guarded(super::reset); }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        if (claim()) super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        if (claim()) super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        if (claim()) super.sendRedirect(location);
    }

    @Override
    public void flushBuffer() throws IOException {
        if (claim()) super.flushBuffer();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        synchronized (lock) {
            if (out == null) out = new Watched(state == State.TAKEN_OVER ? null : super.getOutputStream());
            return out;
        }
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        synchronized (lock) {
            if (writer == null) {
                PrintWriter real = state == State.TAKEN_OVER ? null : super.getWriter();
                writer = new PrintWriter(new Writer() {
                    @Override public void write(char[] cbuf, int off, int len) { if (claim() && real != null) real.write(cbuf, off, len); }
                    @Override public void flush() { if (claim() && real != null) real.flush(); }
                    @Override public void close() { if (claim() && real != null) real.close(); }
                });
            }
            return writer;
        }
    }

    /** The real output stream, reached only by a thread that has claimed the answer. */
    private final class Watched extends ServletOutputStream {
        private final ServletOutputStream real;

        Watched(ServletOutputStream real) { this.real = real; }

        private ServletOutputStream target() throws IOException {
            if (!claim() || real == null) throw new IOException("the query was answered with 503 by the watchdog");
            return real;
        }

        @Override public void write(int b) throws IOException { target().write(b); }
        @Override public void write(byte[] b, int off, int len) throws IOException { target().write(b, off, len); }
        @Override public void flush() throws IOException { target().flush(); }
        @Override public void close() throws IOException { if (claim() && real != null) real.close(); }
        @Override public boolean isReady() { return real == null || real.isReady(); }
        @Override public void setWriteListener(WriteListener listener) { if (real != null) real.setWriteListener(listener); }
    }
}
