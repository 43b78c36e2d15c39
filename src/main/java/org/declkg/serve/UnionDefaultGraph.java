package org.declkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
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
        if (req.getParameter("default") == null || req.getParameter("graph") != null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new ParameterView(req, params -> {
            params.remove("default");
            params.put("graph", new String[] {UNION});
        }), response);
    }
}
