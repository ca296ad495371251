package org.entente.extraction.actor;

/**
 * What a dictionary entry is. When one phrase is in several dictionaries the earlier category wins, so a
 * currency ("US dollar") blocks the state in it and a group's name wins over a country's.
 */
enum Category {
    NONACTOR,
    GROUP,
    LEADER,
    INSTITUTION,
    ORGANISATION,
    COUNTRY,
    CAPITAL,
    DEMONYM,
    REGION,
    CITY,
    PEOPLE,
    ALIAS,
    PAIR,
    LAST,
    MILITANTS,
    MILITANT,
    GROUP_WORD,
    HEAD_PERSON,
    HEAD_BODY,
    MODIFIER,
    TITLE;

    /** True for the categories that name an actor or place by themselves. */
    boolean namesActor() {
        return switch (this) {
            case GROUP, LEADER, INSTITUTION, ORGANISATION, COUNTRY, CAPITAL, DEMONYM, REGION, CITY, PEOPLE -> true;
            default -> false;
        };
    }

    /** The kind of mention an actor category makes on its own. */
    Kind kind() {
        return switch (this) {
            case ORGANISATION -> Kind.IGO;
            case GROUP, PEOPLE, MILITANTS, MILITANT, GROUP_WORD -> Kind.NONSTATE;
            case REGION, CITY -> Kind.LOCATION;
            default -> Kind.STATE;
        };
    }
}
