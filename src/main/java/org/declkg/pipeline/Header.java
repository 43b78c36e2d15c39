package org.declkg.pipeline;

/**
 * What the title and opening sentence say of the declaration itself; any part may be null.
 * {@code organisationLabel} is set only for an organisation the knowledge base does not know
 * (its key is then made from that label).
 */
public record Header(Span title, DateValue date, Ref place, String organisationKey, String organisationLabel,
                     String bodyKey) {}
