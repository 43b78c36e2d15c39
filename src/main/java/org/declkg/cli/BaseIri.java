package org.declkg.cli;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** The data base IRI a user gives with {@code --base}: absolute, with a scheme, ending with '/'. */
final class BaseIri {
    private BaseIri() {}

    /** What is wrong with it, or null. */
    static String problem(String base) {
        if (base == null || base.isBlank()) return "must not be empty";
        try {
            IRIx iri = IRIx.create(base);
            if (!iri.isAbsolute() || iri.str().indexOf(':') < 2)
                return "must be an absolute IRI such as https://example.org/id/, not '" + base + "'";
        } catch (IRIException e) {
            return "is not an IRI: " + e.getMessage();
        }
        if (!base.endsWith("/")) return "must end with '/': " + base;
        return null;
    }
}
