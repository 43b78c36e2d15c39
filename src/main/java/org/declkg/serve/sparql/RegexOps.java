package org.declkg.serve.sparql;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/** REGEX and REPLACE over SPARQL values, by {@link LinearRegex}: what the expressions and the functions share. */
final class RegexOps {
    private RegexOps() {}

    /** REGEX(text, pattern [, flags]); {@code compiled} is used when the pattern was a constant. */
    static NodeValue regex(List<NodeValue> args, LinearRegex compiled, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        LinearRegex r = compiled != null ? compiled : compile("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(r.find(text.getLiteralLexicalForm(), cancel(env)));
    }

    /** REPLACE(text, pattern, replacement [, flags]), keeping the text's language tag or datatype. */
    static NodeValue replace(List<NodeValue> args, LinearRegex compiled, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        LinearRegex r = compiled != null ? compiled : compile("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        String out = r.replace(text.getLiteralLexicalForm(), replacement, cancel(env), "REPLACE");
        if (out == null || out.equals(text.getLiteralLexicalForm())) return args.get(0);
        String lang = text.getLiteralLanguage();
        return NodeValue.makeNode(lang == null || lang.isEmpty() ? NodeFactory.createLiteralDT(out, text.getLiteralDatatype())
                : NodeFactory.createLiteralLang(out, lang));
    }

    static LinearRegex compile(String function, NodeValue pattern, NodeValue flags) {
        String p = NodeValueOps.checkAndGetStringLiteral(function, pattern).getLiteralLexicalForm();
        String f = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(function, flags).getLiteralLexicalForm();
        return LinearRegex.compile(function, p, f);
    }

    private static AtomicBoolean cancel(FunctionEnv env) {
        return env == null ? null : Context.getCancelSignal(env.getContext());
    }
}
