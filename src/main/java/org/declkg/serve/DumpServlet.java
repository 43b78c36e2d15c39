package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.declkg.publish.DumpWriter;

/** {@code /dumps/}: the dump files as downloads, and an index with their sizes and triple counts. */
final class DumpServlet extends HttpServlet {
    private final Path dir;

    DumpServlet(Path dir) { this.dir = dir; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        if (!SafePaths.isSafe(req.getRequestURI()) || !SafePaths.isSafe(path)) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "not a dump file");
            return;
        }
        List<DumpWriter.DumpFile> files = DumpWriter.index(dir);
        if (path.equals("/")) {
            index(resp, files);
            return;
        }
        String name = path.substring(1);
        if (files.stream().noneMatch(f -> f.name().equals(name))) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such dump: " + name);
            return;
        }
        Path file = dir.resolve(name);
        resp.setContentType(name.endsWith(".gz") ? "application/gzip" : "text/turtle");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        resp.setContentLengthLong(Files.size(file));
        Files.copy(file, resp.getOutputStream());
    }

    private static void index(HttpServletResponse resp, List<DumpWriter.DumpFile> files) throws IOException {
        StringBuilder b = new StringBuilder("<h1>Dumps 数据下载</h1>\n");
        if (files.isEmpty()) b.append("<p>No dumps yet: run <code>load</code> or <code>dump</code>.</p>");
        b.append("<table><tr><th>file</th><th>format</th><th>bytes</th><th>triples</th></tr>\n");
        for (DumpWriter.DumpFile f : files)
            b.append("<tr><td><a href=\"").append(Html.esc(f.name())).append("\">").append(Html.esc(f.name()))
                    .append("</a></td><td>").append(Html.esc(f.format())).append("</td><td>").append(f.bytes())
                    .append("</td><td>").append(f.triples()).append("</td></tr>\n");
        resp.setContentType("text/html");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(Html.page("Dumps", b.append("</table>").toString()));
    }

    /** {@code /.well-known/void}: the VoID description written with the dumps, by Accept. */
    static final class VoidServlet extends HttpServlet {
        private final Path dir;

        VoidServlet(Path dir) { this.dir = dir; }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Path file = dir.resolve("void.ttl");
            resp.setHeader("Vary", "Accept");
            if (!Files.exists(file)) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no dataset description yet");
                return;
            }
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, file.toString());
            String type = ResourceServlet.choose(req.getHeader("Accept"));
            if (type.equals(ResourceServlet.HTML)) type = "text/turtle";
            resp.setContentType(type);
            resp.setCharacterEncoding("UTF-8");
            RDFDataMgr.write(resp.getOutputStream(), m, ResourceServlet.format(type));
        }
    }
}
