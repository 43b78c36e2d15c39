package org.declkg.serve.sparql;

import java.util.List;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's REGEX or REPLACE run by {@link LinearRegex} in place of Jena's {@link E_Regex} and
 * {@link E_StrReplace}, which use java.util.regex (exponential on some patterns, deaf to
 * cancellation). A constant pattern is compiled once, on first use.
 */
final class LinearRegexExpr extends ExprFunctionN {
    enum Kind { REGEX, REPLACE }

    private final Kind kind;
    private volatile LinearRegex compiled;

    LinearRegexExpr(Kind kind, ExprList args) {
        super(kind == Kind.REGEX ? "regex" : "replace", args);
        this.kind = kind;
    }

    /** The linear version of a REGEX or REPLACE, or null for any other expression. */
    static LinearRegexExpr of(ExprFunctionN e, ExprList args) {
        if (e instanceof E_Regex) return new LinearRegexExpr(Kind.REGEX, args);
        if (e instanceof E_StrReplace) return new LinearRegexExpr(Kind.REPLACE, args);
        return null;
    }

    /** Compiles a constant pattern now, so that a bad one is reported before the query runs. */
    void check() {
        constantPattern();
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        return kind == Kind.REGEX ? RegexOps.regex(args, constantPattern(), env) : RegexOps.replace(args, constantPattern(), env);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) { return eval(args, null); }

    /** The compiled pattern when pattern and flags are constants, else null. */
    private LinearRegex constantPattern() {
        LinearRegex c = compiled;
        if (c != null) return c;
        Expr pattern = getArg(2);
        Expr flags = getArg(kind == Kind.REGEX ? 3 : 4);
        if (!pattern.isConstant() || (flags != null && !flags.isConstant())) return null;
        String function = kind.name();
        c = RegexOps.compile(function, pattern.getConstant(), flags == null ? null : flags.getConstant());
        compiled = c;
        return c;
    }

    @Override
    public Expr copy(ExprList newArgs) { return new LinearRegexExpr(kind, newArgs); }
}
