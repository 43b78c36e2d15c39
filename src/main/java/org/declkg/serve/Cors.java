package org.declkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Cross-origin reads for browser applications elsewhere: every answer but the {@code /$/} admin
 * paths says {@code Access-Control-Allow-Origin: *} (no credentials: nothing here needs them). A
 * preflight {@code OPTIONS} is answered here with the reading methods only, so a browser never sends
 * a cross-origin PUT or DELETE (which {@link RequestLimits} refuses anyway).
 */
final class Cors implements Filter {
    static final String METHODS = "GET, HEAD, POST, OPTIONS";
    static final String HEADERS = "Accept, Accept-Language, Content-Type, Content-Language";
    static final String EXPOSED = "Link, Content-Disposition, " + CappedQuery.HEADER;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (path.startsWith("/$/") || path.equals("/$")) {
            chain.doFilter(request, response);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
        if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
            resp.setHeader("Access-Control-Allow-Methods", METHODS);
            resp.setHeader("Access-Control-Allow-Headers", HEADERS);
            resp.setHeader("Access-Control-Max-Age", "86400");
            resp.setHeader("Allow", METHODS);
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
