package org.declkg.serve.sparql;

import java.util.List;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;

/** {@code fn:matches}, {@code fn:replace} and their {@code sparql:} twins, by {@link LinearRegex}. */
final class LinearRegexFunction extends FunctionBase {
    private final LinearRegexExpr.Kind kind;

    LinearRegexFunction(LinearRegexExpr.Kind kind) { this.kind = kind; }

    @Override
    public void checkBuild(String uri, ExprList args) {
        int min = kind == LinearRegexExpr.Kind.REGEX ? 2 : 3;
        if (args.size() < min || args.size() > min + 1)
            throw new ExprEvalException(uri + ": " + min + " or " + (min + 1) + " arguments, not " + args.size());
    }

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        return kind == LinearRegexExpr.Kind.REGEX ? RegexOps.regex(args, null, env) : RegexOps.replace(args, null, env);
    }

    @Override
    public NodeValue exec(List<NodeValue> args) { return exec(args, null); }
}
