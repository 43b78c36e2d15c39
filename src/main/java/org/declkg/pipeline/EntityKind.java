package org.declkg.pipeline;

/** What a gazetteer mention names; a GROUP is a word for a fixed set of states ("中亚国家"). */
public enum EntityKind {
    STATE, ORGANISATION, BODY, PLACE, MEMBERS, ROLE, GROUP
}
