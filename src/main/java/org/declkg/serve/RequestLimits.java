package org.declkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * What no request may do: send a body over {@value #MAX_BODY} bytes, or use a method that writes.
 * The dataset itself is registered read-only; this refuses such requests before they reach it.
 */
final class RequestLimits implements Filter {
    static final long MAX_BODY = 1024 * 1024;
    private static final Set<String> READING = Set.of("GET", "HEAD", "POST", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (!READING.contains(req.getMethod())) {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "read-only server");
            return;
        }
        if ("POST".equals(req.getMethod()) && req.getContentLengthLong() < 0 && req.getHeader("Transfer-Encoding") != null) {
            resp.sendError(411, "a POST must say its Content-Length");
            return;
        }
        if (req.getContentLengthLong() > MAX_BODY) {
            resp.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body over " + MAX_BODY + " bytes");
            return;
        }
        String type = req.getContentType();
        if ("POST".equals(req.getMethod()) && type != null && type.startsWith("application/sparql-update")) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "read-only server: no SPARQL Update");
            return;
        }
        if ("POST".equals(req.getMethod()) && req.getRequestURI().contains("/$/")
                && !req.getRequestURI().startsWith(req.getContextPath() + "/$/ping")) {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "read-only server");
            return;
        }
        chain.doFilter(request, response);
    }
}
