package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.declkg.publish.DumpWriter;
import org.declkg.publish.VoidDescription;

/**
 * {@code /.well-known/void}: the VoID and DCAT description written with the dumps, its links moved
 * to the server that answers, as RDF by {@code Accept} or as a page for a browser.
 */
final class VoidServlet extends HttpServlet {
    private final Path dir;

    VoidServlet(Path dir) { this.dir = dir; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String type = ResourceServlet.negotiate(req, resp, Negotiation.RESOURCE_OFFERS);
        if (type == null) return;
        Model m = description(req, dir);
        if (m == null) {
            Html.error(req, resp, HttpServletResponse.SC_NOT_FOUND, "no dataset description yet: run load or dump");
            return;
        }
        ResourceServlet.send(resp, req.getRequestURI(), type, m, () -> page(m));
    }

    /** The description as Turtle, as the dump file {@code void.ttl} is downloaded. */
    static void sendTurtle(HttpServletRequest req, HttpServletResponse resp, Path dir) throws IOException {
        Model m = description(req, dir);
        resp.setContentType("text/turtle");
        resp.setCharacterEncoding("UTF-8");
        RDFDataMgr.write(resp.getOutputStream(), m, RDFFormat.TURTLE_PRETTY);
    }

    private static Model description(HttpServletRequest req, Path dir) throws IOException {
        Path file = dir.resolve(DumpWriter.VOID);
        if (!Files.exists(file)) return null;
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(file).lang(Lang.TTL).parse(m);
        return VoidDescription.rebase(m, VoidDescription.writtenFor(m), serverBase(req));
    }

    /** This server as the client reached it: scheme, host and port, ending in '/'. */
    static String serverBase(HttpServletRequest req) {
        return URI.create(req.getRequestURL().toString()).resolve("/").toString();
    }

    private static String page(Model m) {
        Resource ds = m.listSubjectsWithProperty(VoidDescription.v("sparqlEndpoint")).next();
        StringBuilder b = new StringBuilder("<h1>Dataset description 数据集描述</h1>\n<p>VoID and DCAT; as RDF with "
                + "<code>Accept: text/turtle</code> (or JSON-LD, N-Triples, RDF/XML).</p>\n<table class=\"void\">\n");
        for (String p : new String[] {"triples", "entities", "classes", "properties", "distinctSubjects", "distinctObjects"}) {
            Statement s = ds.getProperty(VoidDescription.v(p));
            if (s != null) b.append("<tr><th>void:").append(p).append("</th><td class=\"num\">")
                    .append(Html.esc(s.getLiteral().getLexicalForm())).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Turtle</h2>\n<pre>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
        return Html.page("Dataset description", b.append(Html.esc(out.toString(StandardCharsets.UTF_8))).append("</pre>").toString());
    }
}
