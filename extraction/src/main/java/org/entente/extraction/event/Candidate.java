package org.entente.extraction.event;

import java.util.List;

import org.entente.extraction.ActorRef;
import org.entente.extraction.Evidence;
import org.entente.extraction.FuzzyDate;

/**
 * One statement of an event, before the statements of the same happening are merged.
 *
 * @param source     who acts
 * @param target     who is acted on
 * @param cameo      the code
 * @param date       the date, or null
 * @param evidence   where it is stated
 * @param confidence 0 to 1
 * @param actors     the phrases that named source and target
 * @param mutual     whether it is one direction of a mutual act (both sides acted: one event each way)
 * @param listItem   for a member of a list of happenings in one sentence, the index of its trigger's first token
 *                   (members are different happenings); otherwise -1
 * @param directed   whether the act goes from one side to the other (a visit, an expulsion), not a joint act of
 *                   both (a meeting, a signing): statements of opposite directions are then different happenings
 */
record Candidate(String source, String target, Cameo cameo, FuzzyDate date, Evidence evidence, double confidence,
                 List<ActorRef> actors, boolean mutual, int listItem, boolean directed) {

    Candidate {
        actors = List.copyOf(actors);
    }
}
