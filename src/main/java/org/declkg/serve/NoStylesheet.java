package org.declkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Drops Fuseki's {@code stylesheet=} parameter: Fuseki writes its value unescaped into an
 * {@code <?xml-stylesheet?>} instruction of XML results, which a crafted value turns into script
 * running on this origin. XML results never carry a stylesheet here.
 */
final class NoStylesheet implements Filter {
    static final String PARAMETER = "stylesheet";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        chain.doFilter(req.getParameter(PARAMETER) == null ? request
                : new ParameterView(req, params -> params.remove(PARAMETER)), response);
    }
}
