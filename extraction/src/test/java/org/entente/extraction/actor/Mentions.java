package org.entente.extraction.actor;

import java.util.List;

/** Test helper: the readable form of what the shared resolver finds. */
final class Mentions {

    private Mentions() {
    }

    /** Mentions of a text as {@code "phrase" → CODE: reason}. */
    static List<String> in(String text) {
        return ActorResolver.shared().find(text).stream().map(ActorMention::toString).toList();
    }

    /** The mentions of a text. */
    static List<ActorMention> of(String text) {
        return ActorResolver.shared().find(text);
    }

    /** The codes of the state mentions of a text, in order. */
    static List<String> stateCodes(String text) {
        return of(text).stream().filter(ActorMention::isState).map(ActorMention::code).toList();
    }
}
