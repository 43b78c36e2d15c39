package org.declkg.pipeline;

import java.util.List;

/**
 * What the title and opening sentence say of the declaration itself; any part may be null.
 * {@code organisationLabel} is set only for an organisation the knowledge base does not know
 * (its key is then made from that label). {@code participants} are the states a summit of states
 * names in its opening sentence when it names no organisation (state keys; empty otherwise).
 * {@code dateline} is the line that closes the text with its date and place, or null.
 */
public record Header(Span title, DateValue date, Ref place, String organisationKey, String organisationLabel,
                     String bodyKey, List<String> participants, Span dateline) {}
