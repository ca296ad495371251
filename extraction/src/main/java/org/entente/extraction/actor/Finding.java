package org.entente.extraction.actor;

import java.util.List;

/** What one scan of the text found: mentions, and what only a document's context can resolve. */
sealed interface Finding permits Finding.Mention, Finding.Alias, Finding.Reference {

    /** A resolved mention. */
    record Mention(ActorMention mention) implements Finding {
    }

    /** A leader's short name ("Bhutto") that may stand for any of the candidate leaders. */
    record Alias(int start, int end, String text, List<String> candidates) implements Finding {
    }

    /** A phrase that refers back: to the document's two main states, or to the last state named. */
    record Reference(int start, int end, String text, boolean pair) implements Finding {
    }
}
