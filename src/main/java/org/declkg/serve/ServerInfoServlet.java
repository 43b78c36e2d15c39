package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The read-only server and dataset descriptions the query page asks for ({@code /$/server},
 * {@code /$/datasets}); unlike Fuseki's admin module, nothing here can add or drop a dataset.
 */
final class ServerInfoServlet extends HttpServlet {
    private final boolean datasetsOnly;

    ServerInfoServlet(boolean datasetsOnly) { this.datasetsOnly = datasetsOnly; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonObject body;
        String path = req.getPathInfo();
        if (datasetsOnly && path != null && path.length() > 1) {
            if (!path.equals(DeclkgServer.DATASET)) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            body = dataset();
        } else if (datasetsOnly) {
            body = new JsonObject();
            body.put("datasets", datasets());
        } else {
            body = new JsonObject();
            body.put("version", "declkg");
            body.put("built", "");
            body.put("startDateTime", java.time.Instant.ofEpochMilli(
                    ManagementFactory.getRuntimeMXBean().getStartTime()).toString());
            body.put("uptime", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
            body.put("datasets", datasets());
        }
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(body.toString());
    }

    private static JsonArray datasets() {
        JsonArray a = new JsonArray();
        a.add(dataset());
        return a;
    }

    private static JsonObject dataset() {
        JsonObject ds = new JsonObject();
        ds.put("ds.name", DeclkgServer.DATASET);
        ds.put("ds.state", true);
        JsonArray services = new JsonArray();
        services.add(service("query", "SPARQL Query", "sparql", "query"));
        services.add(service("gsp-r", "Graph Store Protocol (Read)", "get"));
        ds.put("ds.services", services);
        return ds;
    }

    private static JsonObject service(String type, String description, String... endpoints) {
        JsonObject s = new JsonObject();
        s.put("srv.type", type);
        s.put("srv.description", description);
        JsonArray e = new JsonArray();
        for (String name : endpoints) e.add(name);
        s.put("srv.endpoints", e);
        return s;
    }
}
