package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.List;

import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.actor.Kind;

/**
 * An actor phrase of a sentence, as a run of tokens: one mention, or two over the same words when a phrase names
 * the document's pair ("the two countries").
 *
 * @param first    index of its first token
 * @param last     index of its last token (inclusive)
 * @param mentions the mentions over these tokens
 */
record Slot(int first, int last, List<ActorMention> mentions) {

    private static final String COREFERENCE = "coreference";

    Slot {
        mentions = List.copyOf(mentions);
    }

    /** A state or an international organisation: it can act or be acted on. */
    boolean isActor() {
        return mentions.stream().allMatch(m -> m.kind() == Kind.STATE || m.kind() == Kind.IGO);
    }

    /** A non-state group, people or company: its acts are not state acts. */
    boolean isNonState() {
        return mentions.stream().anyMatch(m -> m.kind() == Kind.NONSTATE);
    }

    /** A place with the state it lies in. */
    boolean isPlace() {
        return mentions.stream().allMatch(m -> m.kind() == Kind.LOCATION && m.code() != null);
    }

    /** A leader or an office holder. */
    boolean isPerson() {
        return mentions.stream().anyMatch(m -> m.reason().equals("leader") || m.reason().equals("office"));
    }

    /** "The two countries", "both sides": the document's pair. */
    boolean isPair() {
        return mentions.size() > 1 && mentions.stream().allMatch(m -> m.reason().equals(COREFERENCE));
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

    boolean contains(int token) {
        return token >= first && token <= last;
    }
}
