package org.declkg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.SparqlConstraints;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.vocabulary.RDFS;
import org.declkg.knowledge.ActClasses;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.rdf.DK;

/**
 * Checks a declaration's graph against the SHACL shapes of {@code ontology/shapes.ttl}.
 *
 * <p>Reports what Jena's SHACL validator reports on the shapes as written, but faster: the SPARQL
 * constraints ({@code sh:sparql}) of targeted node shapes run once over the whole graph
 * ({@link GraphWideConstraint}) instead of once per focus node, and Jena's validator checks the rest,
 * on a copy of the shapes without those constraints. The shapes file itself keeps them, for anyone
 * who validates with another SHACL engine.
 */
public final class GraphValidator {
    /** The outcome: how many violations, and a first example. */
    public record Result(int violations, String firstMessage) {
        public boolean conforms() { return violations == 0; }

        public String summary() {
            return violations == 0 ? "conforms (0 violations)"
                    : violations + " violation" + (violations == 1 ? "" : "s") + ", e.g. " + firstMessage;
        }
    }

    private final Shapes coreShapes;
    private final List<GraphWideConstraint> graphWide = new ArrayList<>();
    private final Graph vocabulary;

    public GraphValidator(KnowledgeBase kb) { this(kb.shapes().getGraph(), actClasses(new ActClasses(kb))); }

    /** A validator for the shapes in {@code shapesGraph}, with no act classes: for shapes that need none. */
    public GraphValidator(Graph shapesGraph) { this(shapesGraph, GraphFactory.createDefaultGraph()); }

    /**
     * A validator for the shapes in {@code shapesGraph}; {@code vocabulary} is validated with every data
     * graph, as SHACL reads class hierarchies from the data graph (the act classes and their direct properties).
     */
    public GraphValidator(Graph shapesGraph, Graph vocabulary) {
        this.vocabulary = vocabulary;
        Shapes all = Shapes.parse(shapesGraph);
        Graph core = GraphFactory.createDefaultGraph();
        shapesGraph.find().forEach(core::add);
        for (Triple t : shapesGraph.find(Node.ANY, SHACL.sparql, Node.ANY).toList()) {
            Shape shape = all.getShape(t.getSubject());
            if (shape == null) continue;
            boolean referenced = shapesGraph.contains(Node.ANY, Node.ANY, shape.getShapeNode());
            SparqlConstraint parsed = (SparqlConstraint) SparqlConstraints.parseSparqlConstraint(
                    shapesGraph, shape.getShapeNode(), SHACL.sparql, t.getObject());
            Optional<GraphWideConstraint> c = GraphWideConstraint.of(shape, referenced, parsed);
            if (c.isEmpty()) continue; // stays with Jena's validator
            graphWide.add(c.get());
            core.delete(t);
            if (t.getObject().isBlank() && shapesGraph.find(Node.ANY, Node.ANY, t.getObject()).toList().size() == 1)
                core.find(t.getObject(), Node.ANY, Node.ANY).toList().forEach(core::delete);
        }
        this.coreShapes = Shapes.parse(core);
    }

    /** The act classes of the ontology as the data graph needs them: subclasses of dk:Act with their direct property. */
    public static Graph actClasses(ActClasses classes) {
        Graph g = GraphFactory.createDefaultGraph();
        for (ActClasses.ActClass c : classes.all()) {
            g.add(c.type().asNode(), RDFS.subClassOf.asNode(), DK.Act.asNode());
            g.add(c.type().asNode(), DK.directProperty.asNode(), c.direct().asNode());
        }
        return g;
    }

    /** Every result of validating {@code data} (with the vocabulary): Jena's for the core constraints, then the graph-wide ones'. */
    public ValidationReport report(Graph declaration) {
        Graph data = vocabulary.isEmpty() ? declaration : new Union(declaration, vocabulary);
        ValidationReport core = ShaclValidator.get().validate(coreShapes, data);
        if (graphWide.isEmpty()) return core;
        ValidationReport.Builder all = ValidationReport.create();
        core.getEntries().forEach(all::addReportEntry);
        for (GraphWideConstraint c : graphWide) c.validate(data, all);
        return all.build();
    }

    public Result validate(Model graph) {
        ValidationReport report = report(graph.getGraph());
        String first = null;
        for (ReportEntry e : report.getEntries()) {
            first = e.focusNode() + " " + e.resultPath() + ": " + e.message();
            break;
        }
        return new Result(report.getEntries().size(), first);
    }

    /** The SPARQL constraints that run once per graph rather than per focus node. */
    List<GraphWideConstraint> graphWideConstraints() { return List.copyOf(graphWide); }
}
