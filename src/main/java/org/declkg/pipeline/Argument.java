package org.declkg.pipeline;

import java.util.List;

/**
 * A thing an act is about, or that the text names with a date or place: a document, an event, an
 * initiative, or (when nothing named is recognised) the proposition itself.
 */
public record Argument(
        Kind kind,
        Span span,
        String label,
        String typeKey,
        DateValue start,
        DateValue end,
        List<Ref> places,
        List<Ref> perpetrators,
        List<Ref> targets,
        Ref proposedBy,
        List<Argument> mentions,
        Ref named) {

    public enum Kind { DOCUMENT, EVENT, INITIATIVE, PROPOSITION, STATE, ORGANISATION }

    /** A thing the text names but says nothing more of. */
    public static Argument of(Kind kind, Span span, String label, String typeKey, List<Argument> mentions) {
        return new Argument(kind, span, label, typeKey, null, null, List.of(), List.of(), List.of(), null, mentions, null);
    }

    /** A known state or organisation as the object of a statement. */
    public static Argument named(Span span, Ref ref) {
        Kind kind = ref.kind() == EntityKind.STATE ? Kind.STATE : Kind.ORGANISATION;
        return new Argument(kind, span, ref.label(), null, null, null, List.of(), List.of(), List.of(), null, List.of(), ref);
    }
}
