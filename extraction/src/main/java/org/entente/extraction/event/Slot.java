package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.List;

import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.actor.Kind;

/**
 * An actor phrase of a sentence, as a run of tokens: one mention, or two over the same words when a phrase names
 * the document's pair ("the two countries").
 *
 * @param first      index of its first token
 * @param last       index of its last token (inclusive)
 * @param mentions   the mentions over these tokens
 * @param isActor    a state or an international organisation: it can act or be acted on
 * @param isNonState a non-state group, people or company: its acts are not state acts
 * @param isPlace    a place with the state it lies in
 * @param isPerson   a leader or an office holder
 * @param isPair     "the two countries", "both sides": the document's pair
 */
record Slot(int first, int last, List<ActorMention> mentions, boolean isActor, boolean isNonState,
            boolean isPlace, boolean isPerson, boolean isPair) {

    private static final String COREFERENCE = "coreference";

    Slot {
        mentions = List.copyOf(mentions);
    }

    /** The phrase over tokens {@code first..last} of these mentions, with what it is worked out once. */
    static Slot of(int first, int last, List<ActorMention> mentions) {
        boolean actor = true;
        boolean nonState = false;
        boolean place = true;
        boolean person = false;
        boolean coreference = true;
        for (ActorMention m : mentions) {
            actor &= m.kind() == Kind.STATE || m.kind() == Kind.IGO;
            nonState |= m.kind() == Kind.NONSTATE;
            place &= m.kind() == Kind.LOCATION && m.code() != null;
            person |= m.reason().equals("leader") || m.reason().equals("office");
            coreference &= m.reason().equals(COREFERENCE);
        }
        return new Slot(first, last, mentions, actor, nonState, place, person, mentions.size() > 1 && coreference);
    }

    /** The distinct codes of its mentions, in order. */
    List<String> codes() {
        List<String> codes = new ArrayList<>(2);
        for (ActorMention mention : mentions) {
            if (mention.code() != null && !codes.contains(mention.code())) {
                codes.add(mention.code());
            }
        }
        return codes;
    }
}
