package org.declkg.serve.sparql;

import java.util.List;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * The functions a query may call: the SPARQL and XPath functions Jena registers, and the parts of
 * its {@code afn:} library that only compute. Jena's own registry also loads any class named by a
 * {@code java:} IRI (or an unregistered {@code afn:} name) on first use; this one answers only for
 * what it holds. Left out: {@code afn:wait} (sleeps), {@code afn:print} (writes to the log),
 * {@code afn:context} (reads the server's settings), {@code afn:eval}, {@code afn:execTime},
 * {@code afn:version}, and {@code afn:sprintf} (a format width builds strings of any length).
 * Regular expressions ({@code fn:matches}, {@code fn:replace}, {@code sparql:regex},
 * {@code sparql:replace}) run by {@link LinearRegex}.
 */
final class SafeFunctions extends FunctionRegistry {
    static final String AFN = ARQConstants.ARQFunctionLibraryURI;
    static final List<String> ARQ_LIBRARY = List.of("bnode", "collation", "date", "e", "evenInteger", "langeq",
            "localname", "max", "min", "namespace", "now", "nowtz", "pi", "sha1sum", "sqrt", "strjoin", "strlen",
            "struuid", "substr", "substring", "timezone", "uuid");
    static final java.util.Set<String> DENIED = java.util.Set.of(AFN + "wait", AFN + "print", AFN + "context", AFN + "eval",
            AFN + "execTime", AFN + "version", AFN + "sprintf");

    static SafeFunctions fromStandard() {
        FunctionRegistry standard = FunctionRegistry.get();
        SafeFunctions safe = new SafeFunctions();
        standard.keys().forEachRemaining(iri -> {
            // What Jena loaded by class name on some earlier call is not copied: only the list below
            if (!iri.startsWith(ARQConstants.javaClassURIScheme) && !DENIED.contains(iri)) safe.put(iri, standard.get(iri));
        });
        for (String name : ARQ_LIBRARY) {
            try {
                safe.put(AFN + name, Class.forName(LIBRARY_PACKAGE + name));
            } catch (ClassNotFoundException absent) {
                // not in this Jena version
            }
        }
        FunctionFactory regex = iri -> new LinearRegexFunction(LinearRegexExpr.Kind.REGEX);
        FunctionFactory replace = iri -> new LinearRegexFunction(LinearRegexExpr.Kind.REPLACE);
        safe.put(ARQConstants.fnPrefix + "matches", regex);
        safe.put(ARQConstants.sparqlPrefix + "regex", regex);
        safe.put(ARQConstants.fnPrefix + "replace", replace);
        safe.put(ARQConstants.sparqlPrefix + "replace", replace);
        return safe;
    }

    private static final String LIBRARY_PACKAGE = "org.apache.jena.sparql.function.library.";

    /** Only what is registered: no class is loaded by its name. */
    @Override
    public FunctionFactory get(String uri) {
        return isRegistered(uri) ? super.get(uri) : null;
    }
}
