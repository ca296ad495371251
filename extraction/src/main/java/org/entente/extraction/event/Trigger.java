package org.entente.extraction.event;

import java.util.List;
import java.util.Set;

/**
 * A word or phrase that states an interaction, with its CAMEO code and the frame of its arguments: one row of
 * {@code triggers.tsv} (see the file's header for the columns).
 *
 * @param lemma       the base form, a label
 * @param pos         verb or noun
 * @param code        the CAMEO code, or null when only a refinement cue can give one
 * @param targets     where the target stands: {@link #OBJECT} or prepositions
 * @param of          what an {@code of} phrase after a noun names
 * @param refine      the refinement group, or null
 * @param intent      the code of the act when announced or planned, or null
 * @param passive     where a passive verb's agent stands: prepositions, or {@link #SUBJECT}
 * @param flags       frame flags
 * @param weight      how surely the word states the event, 0 to 1
 */
record Trigger(String lemma, Pos pos, String code, List<String> targets, Of of, String refine, String intent,
               List<String> passive, Set<Flag> flags, double weight) {

    /** The target slot for a verb's direct object. */
    static final String OBJECT = "obj";
    /** The passive slot saying that the subject's state acts. */
    static final String SUBJECT = "subject";

    /** Part of speech. */
    enum Pos { VERB, NOUN }

    /** What an {@code of} phrase after a noun trigger names. */
    enum Of { AGENT, TARGET, NONE }

    /** Frame flags (see {@code triggers.tsv}). */
    enum Flag { PLACE, JOINT, MUTUAL, NEAREST, PERSON, ENVOY, CONTENT, ACCUSATION, OBJECTCUE, VISITOR,
        BENEFICIARY, PAIR, REPORTED }

    Trigger {
        targets = List.copyOf(targets);
        passive = List.copyOf(passive);
        flags = Set.copyOf(flags);
    }

    boolean has(Flag flag) {
        return flags.contains(flag);
    }

    boolean isVerb() {
        return pos == Pos.VERB;
    }
}
