package org.declkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** A request whose parameters (query string and form alike) are those of the original, changed. */
final class ParameterView extends HttpServletRequestWrapper {
    private final Map<String, String[]> params = new LinkedHashMap<>();

    ParameterView(HttpServletRequest req, Consumer<Map<String, String[]>> change) {
        super(req);
        params.putAll(req.getParameterMap());
        change.accept(params);
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

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
