package org.declkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Set;

/**
 * What no request may do, refused before it reaches Fuseki or declkg's pages: use a method that
 * writes (405); send SPARQL Update, as a body or an {@code update=} parameter (403); POST anything
 * but a ping to the {@code /$/} admin paths, however the path is spelt ({@code /%24/stats},
 * {@code /$;x/stats}: the decoded path counts) (405); name a path with {@code .} or {@code ..}
 * segments, or encoded dots, slashes or backslashes (400); send a body over {@value #MAX_BODY}
 * bytes, counted after inflation when it is compressed (413), a body of unstated length (411), or
 * a compressed form or an unknown {@code Content-Encoding} (415). The dataset is registered
 * read-only as well: this is the first of two walls. Over-long request lines and headers are
 * Jetty's (Fuseki sets 512 KiB; 414 or 431); slow bodies are cut by Jetty's minimum data rate
 * (see {@link JettyLimits}).
 */
final class RequestLimits implements Filter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RequestLimits.class);
    static final long MAX_BODY = 1024 * 1024;
    private static final Set<String> READING = Set.of("GET", "HEAD", "POST", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String method = req.getMethod();
        if (!READING.contains(method)) {
            refuse(req, resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "read-only server");
            return;
        }
        if (leavesItsFolder(req.getRequestURI())) {
            refuse(req, resp, HttpServletResponse.SC_BAD_REQUEST, "path not allowed");
            return;
        }
        boolean post = "POST".equals(method);
        if (post && req.getContentLengthLong() < 0 && req.getHeader("Transfer-Encoding") != null) {
            refuse(req, resp, HttpServletResponse.SC_LENGTH_REQUIRED, "a POST must say its Content-Length");
            return;
        }
        if (req.getContentLengthLong() > MAX_BODY) {
            refuse(req, resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body over " + MAX_BODY + " bytes");
            return;
        }
        String encoding = req.getHeader("Content-Encoding");
        String contentType = req.getContentType() == null ? "" : req.getContentType().toLowerCase();
        boolean form = contentType.startsWith("application/x-www-form-urlencoded") || contentType.startsWith("multipart/");
        if (post && encoding != null && !encoding.equalsIgnoreCase("identity")
                && (!BufferedBody.isCompressed(encoding) || form)) {
            refuse(req, resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Content-Encoding " + encoding + " is accepted only as gzip or deflate, and not for forms");
            return;
        }
        if (post && hasBody(req)) {
            try {
                if (form) req.getParameterMap(); // Jetty reads and keeps the form
                else request = req = BufferedBody.of(req, MAX_BODY);
            } catch (BufferedBody.TooLarge e) {
                refuse(req, resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, e.getMessage());
                return;
            } catch (IOException | RuntimeException e) {
                refuseBody(req, resp, e);
                return;
            }
        }
        String type = req.getContentType();
        // An HTML form's update= is read here: Jetty keeps the parsed form for Fuseki to read again.
        if ((post && type != null && type.toLowerCase().startsWith("application/sparql-update")) || req.getParameter("update") != null) {
            refuse(req, resp, HttpServletResponse.SC_FORBIDDEN, "read-only server: no SPARQL Update");
            return;
        }
        if (post && isAdmin(decodedPath(req)) && !decodedPath(req).equals("/$/ping")) {
            refuse(req, resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "read-only server");
            return;
        }
        chain.doFilter(request, hasBody(req) ? new ClosingOnError(resp) : response);
    }

    /**
     * A body that could not be read: too slow for the minimum data rate (Jetty's 408), cut off, or
     * not decompressible. One answer and one log line, not Fuseki's 500 with a stack trace.
     */
    private static void refuseBody(HttpServletRequest req, HttpServletResponse resp, Exception e) throws IOException {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException http && http.getCode() > 0) {
                LOG.warn("{} {}: {}", req.getMethod(), req.getRequestURI(), http.getReason());
                if (!resp.isCommitted()) refuse(req, resp, http.getCode(), http.getReason());
                return;
            }
        }
        LOG.warn("{} {}: the request body could not be read: {}", req.getMethod(), req.getRequestURI(), e.getMessage());
        if (!resp.isCommitted()) refuse(req, resp, HttpServletResponse.SC_BAD_REQUEST, "the request body could not be read");
    }

    /** The path as the servlets see it: percent-decoded, path parameters ({@code ;x}) removed. */
    static String decodedPath(HttpServletRequest req) {
        return req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    }

    static boolean isAdmin(String decodedPath) {
        return decodedPath.equals("/$") || decodedPath.startsWith("/$/");
    }

    private static boolean hasBody(HttpServletRequest req) {
        return req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
    }

    /**
     * A refusal further on (Fuseki's 405 for a graph store write, say) may leave the body unread, and
     * Jetty then drops the connection without saying so; a client that reuses it fails. Saying
     * "Connection: close" with every error answer to a request with a body avoids that.
     */
    private static final class ClosingOnError extends HttpServletResponseWrapper {
        ClosingOnError(HttpServletResponse response) { super(response); }

        @Override
        public void setStatus(int sc) {
            if (sc >= 400) setHeader("Connection", "close");
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            setHeader("Connection", "close");
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            setHeader("Connection", "close");
            super.sendError(sc);
        }
    }

    /**
     * Refuses a request. Its body is left unread, so the connection closes after the answer: saying so
     * keeps a client from sending its next request down a connection that is going away.
     */
    private static void refuse(HttpServletRequest req, HttpServletResponse resp, int status, String why) throws IOException {
        if (hasBody(req)) resp.setHeader("Connection", "close");
        resp.sendError(status, why);
    }

    /** A "." or ".." segment, or an encoded dot, slash or backslash, in the path as the client sent it. */
    static boolean leavesItsFolder(String rawPath) {
        if (rawPath == null) return false;
        String p = rawPath.toLowerCase();
        if (p.contains("%2e") || p.contains("%2f") || p.contains("%5c") || p.contains("\\")) return true;
        for (String segment : p.split("/", -1)) {
            String s = segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment;
            if (s.equals(".") || s.equals("..")) return true;
        }
        return false;
    }
}
