package org.entente.extraction.actor;

/** What an actor mention names. */
public enum Kind {
    /** A state: its name, demonym, capital, a body or office of it, or its leader. */
    STATE,
    /** An international organisation; the mention's code is {@code IGO}. */
    IGO,
    /** An armed group, party, movement, company, medium or people: never a state. */
    NONSTATE,
    /** A city, province, region or sea: it names where, not who. */
    LOCATION
}
