package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' own assets, from the jar: declkg's style sheet and query page script, and the query
 * editor (YASQE) and results table (YASR) from their web jars. Nothing is fetched from elsewhere.
 */
final class StaticServlet extends HttpServlet {
    private record Asset(String resource, String type) {}

    private static final Map<String, Asset> FILES = Map.of(
            "/declkg.css", new Asset("/declkg/web/declkg.css", "text/css"),
            "/query.js", new Asset("/declkg/web/query.js", "text/javascript"),
            "/yasqe.min.js", new Asset(webJar("zazuko__yasqe", "build/yasqe.min.js"), "text/javascript"),
            "/yasqe.min.css", new Asset(webJar("zazuko__yasqe", "build/yasqe.min.css"), "text/css"),
            "/yasr.min.js", new Asset(webJar("zazuko__yasr", "build/yasr.min.js"), "text/javascript"),
            "/yasr.min.css", new Asset(webJar("zazuko__yasr", "build/yasr.min.css"), "text/css"));

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        Asset asset = path == null ? null : FILES.get(path);
        if (asset == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(asset.type());
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "public, max-age=3600");
        try (InputStream in = StaticServlet.class.getResourceAsStream(asset.resource())) {
            in.transferTo(resp.getOutputStream());
        }
    }

    /** A file of a web jar on the class path, whatever its version. */
    private static String webJar(String artifact, String file) {
        Properties p = new Properties();
        try (InputStream in = StaticServlet.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties")) {
            if (in == null) throw new IllegalStateException("the web jar " + artifact + " is not on the class path");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "/META-INF/resources/webjars/" + artifact + "/" + p.getProperty("version") + "/" + file;
    }
}
