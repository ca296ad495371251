package org.entente.extraction.event;

/** Whether a trigger states something done, something announced or planned, or neither. */
enum Mood {
    /** it happened (or is happening) */
    FACT,
    /** it is announced, planned, expected or intended: an intent event (036 for a coming visit) if the trigger has one */
    INTENT,
    /** negated, hypothetical, conditional, recommended, asked or merely the content of another trigger */
    NONE
}
