package org.declkg.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVars;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A SHACL-SPARQL constraint of a node shape, evaluated once over a whole data graph: its SELECT with
 * {@code $this} left free and joined with the shape's targets, instead of once per focus node with
 * {@code $this} pre-bound, which is what a SHACL engine does (planning the query again for each node).
 * Every solution is a result, mapped as SHACL-SPARQL maps it: focus node {@code $this}, value
 * {@code ?value} (else the focus node), path {@code ?path}, the constraint's message with its
 * {@code {?var}} filled in from the solution.
 *
 * <p>Only taken for the forms for which that gives the solutions pre-binding gives (see {@link #of}).
 * When a triple pattern of the query binds {@code $this} before anything uses it, the query keeps the
 * solutions whose {@code $this} is a focus node ({@code FILTER EXISTS} of the targets); otherwise the
 * focus nodes come first in the query's top-level group (a {@code SELECT DISTINCT $this} of the
 * targets), so that every filter, BIND and OPTIONAL of that group sees {@code $this} bound. Either way
 * every EXISTS is evaluated per solution, with {@code $this} bound.
 */
final class GraphWideConstraint {
    private static final Var THIS = Var.alloc("this");
    private static final Var VALUE = Var.alloc("value");
    private static final Var PATH = Var.alloc("path");
    /** Variables the engine pre-binds besides {@code $this}; a query that uses them is left to the engine. */
    private static final Set<String> OTHER_PREBOUND = Set.of("currentShape", "shapesGraph", "PATH");
    private static final Pattern TEMPLATE = Pattern.compile("\\{[?$]([^{}]+)\\}");

    private final Shape shape;
    private final SparqlConstraint constraint;
    private final Query query;

    private GraphWideConstraint(Shape shape, SparqlConstraint constraint, Query query) {
        this.shape = shape;
        this.constraint = constraint;
        this.query = query;
    }

    /**
     * The constraint run once per graph, or empty when the shape or the query has a form for which
     * that is not known to be the same as running it per focus node: a shape that is not a node shape,
     * is deactivated, has no targets or a SPARQL-based one, or is {@code shapeReferenced} by another shape
     * (then it is also checked on nodes its targets do not reach); a query with a dataset, VALUES after
     * the pattern, grouping, LIMIT or OFFSET, a pattern other than triples, filters, BIND, VALUES and
     * simple OPTIONALs, or one using the other pre-bound variables.
     */
    static Optional<GraphWideConstraint> of(Shape shape, boolean shapeReferenced, SparqlConstraint c) {
        if (!shape.isNodeShape() || shape.deactivated() || shapeReferenced || !shape.hasTarget()) return Optional.empty();
        Query q = c.getQuery();
        if (!q.isSelectType() || q.hasDatasetDescription() || q.hasValues() || q.hasGroupBy() || q.hasHaving()
                || q.hasAggregators() || q.hasLimit() || q.hasOffset())
            return Optional.empty();
        if (!(q.getQueryPattern() instanceof ElementGroup where)) return Optional.empty();
        Set<Var> mentioned = new HashSet<>();
        for (Element e : where.getElements())
            if (!collect(e, true, mentioned)) return Optional.empty();
        q.getProject().forEachExpr((v, expr) -> { mentioned.add(v); mentioned.addAll(ExprVars.getVarsMentioned(expr)); });
        if (q.getProject().getExprs().containsKey(THIS)) return Optional.empty();
        if (mentioned.stream().anyMatch(v -> OTHER_PREBOUND.contains(v.getVarName()))) return Optional.empty();
        if (c.getMessage() != null && TEMPLATE.matcher(c.getMessage()).results()
                .anyMatch(m -> OTHER_PREBOUND.contains(m.group(1))))
            return Optional.empty();
        boolean restrict = bindsThisFirst(where);
        List<ElementGroup> targets = targets(shape, restrict, mentioned);
        if (targets == null) return Optional.empty();
        ElementGroup anyTarget = targets.size() == 1 ? targets.get(0) : group(union(targets));

        Query joined = q.cloneQuery();
        ElementGroup group = new ElementGroup();
        if (restrict) {
            // Every solution binds $this before anything depends on it: keep those whose $this is a focus node.
            where.getElements().forEach(group::addElement);
            group.addElement(new ElementFilter(new E_Exists(anyTarget)));
        } else {
            // The focus nodes first, so that what follows sees $this bound as it would be pre-bound.
            Query focusNodes = new Query();
            focusNodes.setQuerySelectType();
            focusNodes.setDistinct(true);
            focusNodes.addResultVar(THIS);
            focusNodes.setQueryPattern(anyTarget);
            group.addElement(new ElementSubQuery(focusNodes));
            where.getElements().forEach(group::addElement);
        }
        joined.setQueryPattern(group);
        if (!joined.isQueryResultStar() && !joined.getProjectVars().contains(THIS)) joined.addResultVar(THIS);
        joined.resetResultVars();
        joined.ensureResultVars();
        return Optional.of(new GraphWideConstraint(shape, c, joined));
    }

    /**
     * Whether a triple pattern of the top-level group binds {@code $this} before any OPTIONAL or BIND
     * (only filters, VALUES and other triple patterns before it): then every solution has {@code $this}
     * bound and the rest of the group sees it bound, as with pre-binding. A triple, not a path: a path
     * of length zero would match a focus node that is not in the graph only when pre-bound.
     */
    private static boolean bindsThisFirst(ElementGroup where) {
        for (Element e : where.getElements()) {
            if (e instanceof ElementPathBlock b && b.getPattern().getList().stream()
                    .anyMatch(tp -> tp.isTriple() && mentionsThis(tp.asTriple())))
                return true;
            if (e instanceof ElementTriplesBlock b && b.getPattern().getList().stream().anyMatch(GraphWideConstraint::mentionsThis))
                return true;
            if (!(e instanceof ElementPathBlock || e instanceof ElementTriplesBlock || e instanceof ElementFilter
                    || e instanceof ElementData))
                return false;
        }
        return false;
    }

    /**
     * Whether an element of the query's pattern is of a form joining keeps the meaning of; adds the
     * variables it mentions (EXISTS included) to {@code acc}. Top-level elements may also be BIND,
     * VALUES (neither of {@code $this}) and OPTIONAL of triples and filters.
     */
    private static boolean collect(Element e, boolean topLevel, Set<Var> acc) {
        if (e instanceof ElementPathBlock || e instanceof ElementTriplesBlock) {
            acc.addAll(PatternVars.vars(e));
            return true;
        }
        if (e instanceof ElementFilter f) {
            acc.addAll(ExprVars.getVarsMentioned(f.getExpr()));
            return true;
        }
        if (!topLevel) return false;
        if (e instanceof ElementBind b) {
            acc.add(b.getVar());
            acc.addAll(ExprVars.getVarsMentioned(b.getExpr()));
            return !b.getVar().equals(THIS);
        }
        if (e instanceof ElementData d) {
            acc.addAll(d.getVars());
            return !d.getVars().contains(THIS);
        }
        if (e instanceof ElementOptional o && o.getOptionalElement() instanceof ElementGroup g) {
            for (Element inner : g.getElements())
                if (!collect(inner, false, acc)) return false;
            return true;
        }
        return false;
    }

    private static boolean mentionsThis(Triple t) {
        return THIS.equals(t.getSubject()) || THIS.equals(t.getPredicate()) || THIS.equals(t.getObject());
    }

    /**
     * One pattern per target of the shape, which binds {@code $this} to the target's focus nodes or, if
     * {@code thisBound}, tests it (its other variables named apart from {@code taken}); null for a kind
     * of target not handled.
     */
    private static List<ElementGroup> targets(Shape shape, boolean thisBound, Set<Var> taken) {
        List<ElementGroup> out = new ArrayList<>();
        for (Target t : shape.getTargets()) {
            Node o = t.getObject();
            ElementGroup g = new ElementGroup();
            switch (t.getTargetType()) {
                case targetClass, implicitClass -> {
                    // Instances of the class or of its subclasses, the subclasses as the data graph says (SHACL 2.1.3.3).
                    Path typeOf = PathFactory.pathSeq(PathFactory.pathLink(RDF.type.asNode()),
                            PathFactory.pathZeroOrMore1(PathFactory.pathLink(RDFS.subClassOf.asNode())));
                    g.addElement(block(new TriplePath(THIS, typeOf, o)));
                }
                case targetNode -> {
                    if (thisBound) {
                        g.addElement(new ElementFilter(new E_SameTerm(new ExprVar(THIS), NodeValue.makeNode(o))));
                    } else {
                        ElementData node = new ElementData();
                        node.add(THIS);
                        node.add(BindingFactory.binding(THIS, o));
                        g.addElement(node);
                    }
                }
                case targetSubjectsOf -> g.addElement(block(new TriplePath(THIS, PathFactory.pathLink(o), fresh("object", taken))));
                case targetObjectsOf -> g.addElement(block(new TriplePath(fresh("subject", taken), PathFactory.pathLink(o), THIS)));
                default -> { return null; }
            }
            out.add(g);
        }
        return out;
    }

    private static ElementUnion union(List<ElementGroup> branches) {
        ElementUnion u = new ElementUnion();
        branches.forEach(u::addElement);
        return u;
    }

    /** In braces, as the parser would have it (so that the query also reads back from its text). */
    private static ElementGroup group(Element e) {
        ElementGroup g = new ElementGroup();
        g.addElement(e);
        return g;
    }

    /** A variable named {@code name} or {@code name} and a number, not among {@code taken}; taken from now on. */
    private static Var fresh(String name, Set<Var> taken) {
        Var v = Var.alloc(name);
        for (int i = 1; taken.contains(v); i++) v = Var.alloc(name + i);
        taken.add(v);
        return v;
    }

    private static ElementPathBlock block(TriplePath tp) {
        ElementPathBlock b = new ElementPathBlock();
        b.addTriplePath(tp);
        return b;
    }

    /** Runs the query once over {@code data} and adds a result for each solution to {@code report}. */
    void validate(Graph data, ValidationReport.Builder report) {
        try (QueryExec exec = QueryExec.graph(data).query(query).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                Node focus = row.get(THIS);
                Node value = row.contains(VALUE) ? row.get(VALUE) : focus;
                Node path = row.get(PATH);
                String message = constraint.getMessage() == null
                        ? "SPARQL SELECT constraint for " + ShLib.displayStr(focus) + " returns " + ShLib.displayStr(value)
                        : fill(constraint.getMessage(), row);
                report.addReportEntry(message, shape, focus, path == null ? null : PathFactory.pathLink(path), value,
                        constraint, shape.getShapeNode());
            }
        }
    }

    /** The message template with each {@code {?var}} or {@code {$var}} bound in the solution replaced by its value. */
    private static String fill(String template, Binding row) {
        Matcher m = TEMPLATE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Node n = row.get(Var.alloc(m.group(1)));
            String text = n == null ? m.group() : n.isLiteral() ? n.getLiteralLexicalForm() : ShLib.displayStr(n);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The query as run, in SPARQL. */
    @Override
    public String toString() { return query.toString(); }
}
