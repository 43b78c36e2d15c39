package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The pages' own assets, from the jar: nothing is fetched from elsewhere. */
final class StaticServlet extends HttpServlet {
    private static final Map<String, String> FILES = Map.of("/declkg.css", "text/css");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String type = path == null ? null : FILES.get(path);
        if (type == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(type);
        resp.setCharacterEncoding("UTF-8");
        try (InputStream in = StaticServlet.class.getResourceAsStream("/declkg/web" + path)) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
