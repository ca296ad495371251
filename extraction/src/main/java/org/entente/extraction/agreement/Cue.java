package org.entente.extraction.agreement;

import org.entente.extraction.agreement.AgreementLexicon.Link;
import org.entente.extraction.agreement.AgreementLexicon.StatusCue;

/**
 * A status word of a sentence over tokens {@code first..last}.
 *
 * @param value   its dictionary entry
 * @param passive whether it follows a form of "be" ("was signed") or is a participle right after an agreement
 *                ("an accord signed in 2001"), so that its agreement comes before it
 * @param infinitive whether it follows "to", perhaps with an adverb between ("visited Baghdad to sign", "moved to
 *                fully restore"): the clause implies the act without reporting it
 */
record Cue(int first, int last, StatusCue value, boolean passive, boolean infinitive) {

    /** Whether its agreement is found before it: a passive, or a word like "expired" or "entered into force". */
    boolean looksBack() {
        return passive || value.link() == Link.SUBJECT;
    }

    Status status() {
        return value.status();
    }
}
