package org.declkg.validate;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.Path;

/** Validation results as comparable lines: focus node, path, value, message, then severity, source shape, component. */
final class ReportEntries {
    private ReportEntries() {}

    /** Every result of the report, one line each, sorted (the two validators list them in different orders). */
    static List<String> of(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntries::describe).sorted().toList();
    }

    static String describe(ReportEntry e) {
        return start(e.focusNode(), e.resultPath(), e.value(), e.message()) + e.severity().level().getLocalName() + " "
                + e.source() + " " + e.sourceConstraintComponent().getLocalName();
    }

    /** How a result's line starts. */
    static String start(Node focus, Path path, Node value, String message) {
        return focus + " | " + path + " | " + value + " | " + message + " | ";
    }

    /** The lines among {@code lines} that start so. */
    static List<String> starting(List<String> lines, Node focus, Path path, Node value, String message) {
        String start = start(focus, path, value, message);
        return lines.stream().filter(l -> l.startsWith(start)).toList();
    }

    /** The lines among {@code lines} with that message. */
    static List<String> withMessage(List<String> lines, String message) {
        return lines.stream().filter(l -> l.contains(" | " + message + " | ")).toList();
    }
}
