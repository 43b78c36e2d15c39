package org.declkg.serve.sparql;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.procedure.ProcedureFactory;
import org.apache.jena.sparql.procedure.ProcedureRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * What a query on the public endpoint may make the server do, as Jena settings on the dataset's
 * context, and the check that refuses a query before it runs. The settings and why:
 * <ul>
 * <li>{@code ARQ.optExprConstantFolding} off: folding evaluates expressions on constants while the
 *   query is planned, and Jena plans holding the lock its timeout callback needs, on the one alarm
 *   thread all queries share; one slow constant expression then held back every other query's
 *   timeout. Unfolded, expressions run while results are produced, where cancellation reaches.</li>
 * <li>{@code ARQConstants.sysOptimizerFactory}: the standard optimizer after REGEX and REPLACE are
 *   swapped for {@link LinearRegexExpr} (RE2/J: linear time, bounded program, cancellable).</li>
 * <li>{@code ARQConstants.registryFunctions}, {@code registryPropertyFunctions},
 *   {@code registryProcedures}: registries that answer only for what they hold (no {@code java:}
 *   class loading, no {@code afn:wait}); see {@link SafeFunctions}, {@link SafePropertyFunctions}.</li>
 * <li>{@code ARQ.httpServiceAllowed} off: SERVICE would make the server fetch from other hosts.</li>
 * </ul>
 */
public final class QueryBounds {
    private final SafeFunctions functions = SafeFunctions.fromStandard();
    private final SafePropertyFunctions propertyFunctions = SafePropertyFunctions.fromStandard();

    /** Sets the bounds on a dataset's context: every query on that dataset runs under them. */
    public void applyTo(Context context) {
        context.set(ARQ.optExprConstantFolding, false);
        context.set(ARQConstants.sysOptimizerFactory, new LinearRegexRewrite());
        FunctionRegistry.set(context, functions);
        PropertyFunctionRegistry.set(context, propertyFunctions);
        ProcedureRegistry.set(context, new NoProcedures());
        context.set(ARQ.httpServiceAllowed, false);
    }

    /**
     * Why the query cannot run here (a function this endpoint does not offer, a pattern that cannot be
     * compiled, nesting too deep to plan), in one line for a 400; null when it may run.
     */
    public String refusal(Query query) {
        Op op;
        try {
            op = Algebra.compile(query);
        } catch (StackOverflowError e) {
            return "the query is nested too deeply";
        }
        String[] why = new String[1];
        ExprVisitorBase check = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN func) {
                if (why[0] != null) return;
                if (func instanceof E_Function f && !functions.isRegistered(f.getFunctionIRI()))
                    why[0] = "function <" + f.getFunctionIRI() + "> is not available on this endpoint";
                LinearRegexExpr linear = LinearRegexExpr.of(func, new org.apache.jena.sparql.expr.ExprList(func.getArgs()));
                if (linear != null) {
                    try {
                        linear.check();
                    } catch (ExprEvalException e) {
                        why[0] = e.getMessage();
                    }
                }
            }
        };
        try {
            Walker.walk(op, new OpVisitorBase(), check);
        } catch (StackOverflowError e) {
            return "the query is nested too deeply";
        }
        return why[0];
    }

    /** ARQ's procedures are loaded by class name too; none is offered. */
    private static final class NoProcedures extends ProcedureRegistry {
        @Override
        public ProcedureFactory get(String uri) { return null; }
    }
}
