package org.declkg.serve.sparql;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * The property functions a query may use: Jena's registered list and container functions and the
 * {@code apf:} library, less {@code apf:strSplit} (java.util.regex, see {@link LinearRegex}). As with
 * {@link SafeFunctions}, no class is loaded from a {@code java:} IRI.
 */
final class SafePropertyFunctions extends PropertyFunctionRegistry {
    static final String APF = ARQConstants.ARQPropertyFunctionLibraryURI;
    static final List<String> ARQ_LIBRARY = List.of("alt", "assign", "bag", "blankNode", "bnode", "concat", "container",
            "listIndex", "listLength", "listMember", "seq", "splitIRI", "splitURI", "str");

    /** What this registry answers for; Jena's own lookup would map names to {@code java:} classes. */
    private final Map<String, PropertyFunctionFactory> offered = new HashMap<>();

    static SafePropertyFunctions fromStandard() {
        PropertyFunctionRegistry standard = PropertyFunctionRegistry.get();
        SafePropertyFunctions safe = new SafePropertyFunctions();
        standard.keys().forEachRemaining(iri -> {
            // What Jena loaded by class name on some earlier call is not copied: only the list below
            if (!iri.startsWith(ARQConstants.javaClassURIScheme) && !iri.equals(APF + "strSplit")) safe.put(iri, standard.get(iri));
        });
        for (String name : ARQ_LIBRARY) {
            try {
                safe.put(APF + name, Class.forName(LIBRARY_PACKAGE + name));
            } catch (ClassNotFoundException absent) {
                // not in this Jena version
            }
        }
        return safe;
    }

    private static final String LIBRARY_PACKAGE = "org.apache.jena.sparql.pfunction.library.";

    @Override
    public void put(String uri, PropertyFunctionFactory factory) {
        if (factory == null) return;
        offered.put(uri, factory);
        super.put(uri, factory);
    }

    @Override public boolean manages(String uri) { return offered.containsKey(uri); }
    @Override public boolean isRegistered(String uri) { return offered.containsKey(uri); }
    @Override public PropertyFunctionFactory get(String uri) { return offered.get(uri); }
    @Override public PropertyFunctionFactory remove(String uri) { super.remove(uri); return offered.remove(uri); }
    @Override public Iterator<String> keys() { return offered.keySet().iterator(); }
}
