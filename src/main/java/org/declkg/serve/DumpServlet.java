package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.declkg.publish.DumpWriter;

/** {@code /dumps/}: the dump files as downloads, and an index with their sizes and triple counts. */
final class DumpServlet extends HttpServlet {
    private final Path dir;
    private final VoidServlet description;

    DumpServlet(Path dir, VoidServlet description) {
        this.dir = dir;
        this.description = description;
    }

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
            resp.setContentType("text/html");
            resp.setCharacterEncoding("UTF-8");
            resp.getWriter().write(index(files));
            return;
        }
        String name = path.substring(1);
        if (files.stream().noneMatch(f -> f.name().equals(name))) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such dump: " + name);
            return;
        }
        if (name.equals(DumpWriter.VOID)) { // its links name this server, wherever it was written
            description.sendTurtle(req, resp);
            return;
        }
        Path file = dir.resolve(name);
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        resp.setContentLengthLong(Files.size(file));
        Files.copy(file, resp.getOutputStream());
    }

    private static String index(List<DumpWriter.DumpFile> files) {
        StringBuilder b = new StringBuilder("<h1>Downloads 数据下载</h1>\n<p>The whole dataset, written again after every "
                + "<code>load</code>. TriG, N-Quads and JSON-LD (<code>all.trig.gz</code>, <code>all.nq.gz</code>, "
                + "<code>all.jsonld.gz</code>) keep every named graph; Turtle and N-Triples (<code>all.ttl.gz</code>, "
                + "<code>all.nt.gz</code>) hold their union, each triple once (for the files that keep graphs, the "
                + "triples column counts quads); <code>graph-*.ttl.gz</code> hold one named graph each; "
                + "<code>wikidata-links.nt.gz</code> is the <code>owl:sameAs</code> linkset; <code>void.ttl</code> "
                + "describes it all (VoID, DCAT).</p>\n");
        if (files.isEmpty()) b.append("<p>No dumps yet: run <code>load</code> or <code>dump</code>.</p>\n");
        b.append("<table class=\"dumps\"><tr><th>file</th><th>format</th><th>bytes</th><th>triples</th></tr>\n");
        for (DumpWriter.DumpFile f : files)
            b.append("<tr><td><a href=\"").append(Html.esc(f.name())).append("\">").append(Html.esc(f.name()))
                    .append("</a></td><td>").append(Html.esc(f.format())).append("</td><td class=\"num\">")
                    .append(f.bytes()).append("</td><td class=\"num\">").append(f.triples()).append("</td></tr>\n");
        return Html.page("Downloads", b.append("</table>").toString());
    }
}
