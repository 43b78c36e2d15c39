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
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.VOID;
import org.declkg.publish.DataFormat;
import org.declkg.publish.DumpWriter;
import org.declkg.publish.VoidDescription;
import org.declkg.rdf.Iris;

/**
 * {@code /.well-known/void} (and {@code /id/dataset}, the dataset's own IRI): the VoID and DCAT
 * description written with the dumps, as RDF by {@code Accept} or as a page for a browser. Its links
 * are resolved against {@code --public-url} when the server has one, else against the address the
 * request came to; a description written for a public URL keeps it unless the server says another.
 */
final class VoidServlet extends HttpServlet {
    private final Iris iris;
    private final Path dir;
    private final String publicUrl;

    VoidServlet(Iris iris, Path dir, String publicUrl) {
        this.iris = iris;
        this.dir = dir;
        this.publicUrl = publicUrl;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String type = Answers.negotiate(req, resp, Answers.RESOURCE_OFFERS);
        if (type == null) return;
        Model m = description(req);
        if (m == null) {
            Html.error(req, resp, HttpServletResponse.SC_NOT_FOUND, "no dataset description yet: run load or dump");
            return;
        }
        Answers.send(resp, req.getRequestURI(), type, iris, m, () -> page(m));
    }

    /** The description as Turtle, as the dump file {@code void.ttl} is downloaded, its links made absolute. */
    void sendTurtle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Model m = description(req);
        resp.setContentType(DataFormat.TURTLE.mediaType());
        resp.setCharacterEncoding("UTF-8");
        RDFDataMgr.write(resp.getOutputStream(), m, DataFormat.TURTLE.pretty());
    }

    private Model description(HttpServletRequest req) throws IOException {
        Path file = dir.resolve(DumpWriter.VOID);
        if (!Files.exists(file)) return null;
        String server = publicUrl != null ? publicUrl : serverBase(req);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(file).lang(DataFormat.TURTLE.lang()).base(server + "dumps/" + DumpWriter.VOID).parse(m);
        String writtenFor = VoidDescription.writtenFor(m);
        return publicUrl != null ? VoidDescription.rebase(m, writtenFor, publicUrl) : m;
    }

    /** This server as the client reached it: scheme, host and port, ending in '/'. */
    static String serverBase(HttpServletRequest req) {
        return URI.create(req.getRequestURL().toString()).resolve("/").toString();
    }

    private String page(Model m) {
        Resource ds = m.getResource(VoidDescription.datasetIri(iris));
        StringBuilder b = new StringBuilder("<h1>Dataset description 数据集描述</h1>\n<p>VoID and DCAT; as RDF with "
                + "<code>Accept: text/turtle</code> (or JSON-LD, N-Triples, RDF/XML, TriG). The dataset is <code>")
                .append(Html.esc(ds.getURI())).append("</code>.</p>\n<p class=\"cite\">Cite as: ")
                .append(Html.esc(value(ds, DCTerms.title))).append(", ").append(Html.esc(value(ds, OWL.versionInfo)))
                .append(", data of ").append(Html.esc(value(ds, DCTerms.modified))).append(", <code>").append(Html.esc(ds.getURI()))
                .append("</code>, licence CC BY 4.0.</p>\n<table class=\"void\">\n");
        for (org.apache.jena.rdf.model.Property p : new org.apache.jena.rdf.model.Property[] {VOID.triples, VOID.entities,
                VOID.classes, VOID.properties, VOID.distinctSubjects, VOID.distinctObjects}) {
            Statement s = ds.getProperty(p);
            if (s != null) b.append("<tr><th>void:").append(p.getLocalName()).append("</th><td class=\"num\">")
                    .append(Html.esc(s.getLiteral().getLexicalForm())).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Turtle</h2>\n<pre>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, DataFormat.TURTLE.pretty());
        return Html.page("Dataset description", b.append(Html.esc(out.toString(StandardCharsets.UTF_8))).append("</pre>").toString());
    }

    /** The English value of a property, else any. */
    private static String value(Resource r, org.apache.jena.rdf.model.Property p) {
        String any = "";
        for (Statement s : r.listProperties(p).toList()) {
            if (!s.getObject().isLiteral()) continue;
            if ("en".equals(s.getLanguage())) return s.getString();
            if (any.isEmpty()) any = s.getLiteral().getLexicalForm();
        }
        return any;
    }
}
