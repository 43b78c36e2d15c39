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
 * Headers that keep a browser from being turned against the endpoint's origin: no content sniffing,
 * no framing, and a Content-Security-Policy. declkg's own pages load nothing but their stylesheet
 * and run no script; the query page ({@code /}) runs its own scripts from {@code /assets/}, and its
 * editor sets styles inline. Either way nothing is loaded from elsewhere and nothing may frame the page.
 */
final class SecurityHeaders implements Filter {
    static final String PAGES_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String QUERY_PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'self'; "
            + "object-src 'none'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        resp.setHeader("Content-Security-Policy", isQueryPage(req) ? QUERY_PAGE_POLICY : PAGES_POLICY);
        chain.doFilter(request, response);
    }

    /** The query page, at the root. */
    private static boolean isQueryPage(HttpServletRequest req) {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        return path.isEmpty() || path.equals("/");
    }
}
