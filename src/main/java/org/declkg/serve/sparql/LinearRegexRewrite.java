package org.declkg.serve.sparql;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * Jena's standard optimizer, after every REGEX and REPLACE in the query has been swapped for its
 * {@link LinearRegexExpr}. Jena's regex setting ({@code ARQ.regexImpl}) offers only
 * java.util.regex or Xerces, both backtracking, so the expressions themselves are replaced.
 */
final class LinearRegexRewrite implements RewriteFactory {
    @Override
    public Rewrite create(org.apache.jena.sparql.util.Context context) {
        Rewrite standard = Optimize.stdOptimizationFactory.create(context);
        return op -> standard.rewrite(linear(op));
    }

    static Op linear(Op op) {
        return Transformer.transform(new TransformCopy(), new ToLinear(), op);
    }

    private static final class ToLinear extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            LinearRegexExpr linear = LinearRegexExpr.of(func, args);
            return linear != null ? linear : super.transform(func, args);
        }
    }
}
