package org.declkg.pipeline;

import java.util.List;

/**
 * One statement: actors, the act class (a local name of the ontology, e.g. "Support"), the verb as
 * written, the object span and the clause it was read from (the provenance anchor).
 */
public record Act(String actClass, Span verb, Span object, Span clause, List<Actor> actors) {}
