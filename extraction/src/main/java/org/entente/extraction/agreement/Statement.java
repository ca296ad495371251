package org.entente.extraction.agreement;

import java.util.List;
import java.util.Set;

import org.entente.extraction.FuzzyDate;

/**
 * One sentence's statement of an agreement's status, before the article's memory decides which agreement it is.
 *
 * @param phrase     the phrase naming the agreement
 * @param status     the status stated
 * @param signing    whether the sentence reports the act of signing ("signed", "inked", "concluded")
 * @param bare       whether no status word states it: a phrase that names its date or parties ("the 1955 pact",
 *                   "a contract between A and B"), so it refers to a signed agreement rather than reports one
 * @param parties    the parties the sentence names
 * @param date       the date the clause gives the status, or null
 * @param present    whether a proposal is stated in the present tense ("aims at", "plans to sign")
 * @param quoteFirst first token of the words that state it
 * @param quoteLast  last token of the words that state it
 */
record Statement(AgreementPhrase phrase, Status status, boolean signing, boolean bare, Parties parties,
                 FuzzyDate date, boolean present, int quoteFirst, int quoteLast) {

    /** This statement dated {@code other}. */
    Statement withDate(FuzzyDate other) {
        return new Statement(phrase, status, signing, bare, parties, other, present, quoteFirst, quoteLast);
    }

    /**
     * The parties a sentence names for a statement.
     *
     * @param named    the states named as parties (phrase, complement and subject)
     * @param subject  the states acting as the clause's subject ("Iraq" in "Iraq withdrew from ...")
     * @param with     the states after "with" ("contracts with A, B and C")
     * @param group    whether the parties are also named as a group that refers back ("with these countries")
     * @param nonState whether a party preposition names a group, organisation or unknown name as the other side
     *                 ("with the self-declared Republic of X"), so that no state may be assumed in its place
     * @param pronoun  whether the clause's subject is a pronoun ("they signed")
     * @param actors   the states the sentence shows performing the act, in the order it names them: the one whose
     *                 visit it took place in ("signed during the Indian premier's visit"), the agents of a passive
     *                 ("was signed by A, B and C")
     */
    record Parties(Set<String> named, Set<String> subject, Set<String> with, boolean group, boolean nonState,
                   boolean pronoun, List<String> actors) {

        /** Parties of a statement that shows no state acting beyond its subject. */
        Parties(Set<String> named, Set<String> subject, Set<String> with, boolean group, boolean nonState,
                boolean pronoun) {
            this(named, subject, with, group, nonState, pronoun, List.of());
        }

        static Parties of(Set<String> named) {
            return new Parties(named, Set.of(), Set.of(), false, false, false);
        }
    }
}
