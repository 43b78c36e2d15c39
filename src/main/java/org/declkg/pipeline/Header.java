package org.declkg.pipeline;

/** What the title and opening sentence say of the declaration itself; any part may be null. */
public record Header(Span title, DateValue date, Ref place, String organisationKey, String bodyKey) {}
