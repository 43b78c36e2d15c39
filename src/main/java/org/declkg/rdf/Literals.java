package org.declkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.declkg.pipeline.DateValue;

/** Typed literals as declkg writes them. */
public final class Literals {
    private Literals() {}

    /** xsd:date, xsd:gYearMonth or xsd:gYear, as precise as the text was. */
    public static Literal date(DateValue d) {
        XSDDatatype type = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return ResourceFactory.createTypedLiteral(d.iso(), type);
    }

    public static Literal offset(int i) {
        return ResourceFactory.createTypedLiteral(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }
}
