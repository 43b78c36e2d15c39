package org.declkg.pipeline;

/** Who makes a statement: the member states of an organisation collectively, or one named state. */
public record Actor(Kind kind, String key) {
    public enum Kind { MEMBERS, STATE }

    public static Actor membersOf(String organisationKey) { return new Actor(Kind.MEMBERS, organisationKey); }

    public static Actor state(String stateKey) { return new Actor(Kind.STATE, stateKey); }
}
