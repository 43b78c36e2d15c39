package org.declkg.validate;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.declkg.knowledge.KnowledgeBase;

/** Checks a declaration's graph against the SHACL shapes of {@code ontology/shapes.ttl}. */
public final class GraphValidator {
    /** The outcome: how many violations, and a first example. */
    public record Result(int violations, String firstMessage) {
        public boolean conforms() { return violations == 0; }

        public String summary() {
            return violations == 0 ? "conforms (0 violations)"
                    : violations + " violation" + (violations == 1 ? "" : "s") + ", e.g. " + firstMessage;
        }
    }

    private final Shapes shapes;

    public GraphValidator(KnowledgeBase kb) { this.shapes = Shapes.parse(kb.shapes().getGraph()); }

    public Result validate(Model graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph.getGraph());
        String first = null;
        for (ReportEntry e : report.getEntries()) {
            first = e.focusNode() + " " + e.resultPath() + ": " + e.message();
            break;
        }
        return new Result(report.getEntries().size(), first);
    }
}
