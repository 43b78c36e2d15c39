package org.declkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.sparql.core.Quad;

/**
 * Makes the graph store protocol's {@code ?default} the union of all graphs, as it is for SPARQL
 * queries: the request is passed on as {@code ?graph=urn:x-arq:UnionGraph}. TDB2's real default
 * graph is empty (every triple lives in a named graph).
 */
final class UnionDefaultGraph implements Filter {
    static final String UNION = Quad.unionGraph.getURI();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        chain.doFilter(req.getParameter("default") != null && req.getParameter("graph") == null ? new AsUnion(req) : req,
                response);
    }

    private static final class AsUnion extends HttpServletRequestWrapper {
        private final Map<String, String[]> params = new LinkedHashMap<>();

        AsUnion(HttpServletRequest req) {
            super(req);
            params.putAll(req.getParameterMap());
            params.remove("default");
            params.put("graph", new String[] {UNION});
        }

        @Override public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }
        @Override public Map<String, String[]> getParameterMap() { return Collections.unmodifiableMap(params); }
        @Override public Enumeration<String> getParameterNames() { return Collections.enumeration(params.keySet()); }
        @Override public String[] getParameterValues(String name) { return params.get(name); }
        @Override public String getQueryString() {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, String[]> e : params.entrySet())
                for (String v : e.getValue()) {
                    if (b.length() > 0) b.append('&');
                    b.append(enc(e.getKey())).append('=').append(enc(v));
                }
            return b.toString();
        }

        private static String enc(String s) { return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8); }
    }
}
