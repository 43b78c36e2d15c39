package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Prefixes;

/**
 * {@code /ontology}: the declkg ontology as the store holds it, so that the terms
 * {@code https://w3id.org/declkg/ontology#X} resolve ({@code /ontology#X} on a page, or RDF by Accept).
 */
final class OntologyServlet extends HttpServlet {
    private final Dataset dataset;
    private final Iris iris;

    OntologyServlet(Dataset dataset, Iris iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String type = Answers.negotiate(req, resp, Answers.RESOURCE_OFFERS);
        if (type == null) return;
        Model m = Txn.calculateRead(dataset, () -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.setNsPrefixes(Prefixes.all(iris));
            if (dataset.containsNamedModel(iris.ontologyGraph())) copy.add(dataset.getNamedModel(iris.ontologyGraph()));
            return copy;
        });
        if (m.isEmpty()) {
            Html.error(req, resp, HttpServletResponse.SC_NOT_FOUND, "no ontology loaded yet");
            return;
        }
        Answers.send(resp, req.getRequestURI(), type, iris, m, () -> page(m));
    }

    private String page(Model m) {
        StringBuilder b = new StringBuilder("<h1>declkg ontology 本体</h1>\n<p class=\"meta\"><code>")
                .append(Html.esc(DK.NS)).append("</code></p>\n<h2>Classes 类</h2>\n");
        terms(b, m, OWL.Class);
        b.append("<h2>Properties 属性</h2>\n");
        terms(b, m, OWL.ObjectProperty);
        terms(b, m, OWL.DatatypeProperty);
        return Html.page("declkg ontology", b.toString());
    }

    private void terms(StringBuilder b, Model m, Resource kind) {
        List<Resource> terms = m.listSubjectsWithProperty(RDF.type, kind).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(DK.NS))
                .sorted((x, y) -> x.getURI().compareTo(y.getURI())).toList();
        if (terms.isEmpty()) return;
        b.append("<dl class=\"terms\">\n");
        for (Resource t : terms) {
            b.append("<dt id=\"").append(Html.esc(t.getLocalName())).append("\"><code>dk:").append(Html.esc(t.getLocalName()))
                    .append("</code> ").append(Html.esc(label(t, "zh"))).append(" · ").append(Html.esc(label(t, "en")));
            Statement sup = t.getProperty(RDFS.subClassOf);
            if (sup != null && sup.getObject().isURIResource())
                b.append(" <span class=\"meta\">⊂ ").append(Html.esc(Html.shortName(sup.getResource().getURI(), iris)))
                        .append("</span>");
            b.append("</dt><dd>").append(Html.esc(comment(t))).append("</dd>\n");
        }
        b.append("</dl>\n");
    }

    private static String label(Resource r, String lang) {
        for (Statement s : r.listProperties(RDFS.label).toList()) if (lang.equals(s.getLanguage())) return s.getString();
        return "";
    }

    private static String comment(Resource r) {
        for (Statement s : r.listProperties(RDFS.comment).toList()) if ("en".equals(s.getLanguage())) return s.getString();
        return "";
    }
}
