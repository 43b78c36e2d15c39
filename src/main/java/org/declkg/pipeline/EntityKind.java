package org.declkg.pipeline;

/** What a gazetteer mention names. */
public enum EntityKind {
    STATE, ORGANISATION, BODY, PLACE, MEMBERS, ROLE
}
