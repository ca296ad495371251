package org.entente.extraction.agreement;

import java.util.Set;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.agreement.AgreementLexicon.Noun;

/**
 * A noun phrase that names an agreement, read from one sentence's tokens.
 *
 * @param start         first token (its determiner or first modifier)
 * @param headFirst     first token of the head noun
 * @param headLast      last token of the head noun
 * @param end           last token of the phrase proper (head, acronym, "of ..." part of a name)
 * @param complementEnd the token after its complement ("on trade", "between A and B", an apposition)
 * @param noun          the head noun's dictionary entry
 * @param determiner    the lower-case determiner, or null
 * @param name          the agreement's name as written ("Baghdad Pact", "Treaty of Lausanne"), or null
 * @param acronym       the acronym given in brackets after it ("CENTO"), or null
 * @param date          a date written in the phrase ("the 1955 pact", "the Minsk Protocol of 5 September 2014"),
 *                      or null
 * @param parties       states the phrase itself names as parties: in its modifiers ("the Iran–Pakistan gas
 *                      pipeline agreement") and after "between", "among" or "with" in its complement
 * @param withParties   the parties named after "with" in its complement ("contracts with A, B and C")
 * @param groupParty    whether its complement names parties as a group that refers back ("with these countries")
 * @param domain        the domain its words give, or null
 * @param goods         whether its words name goods bought and sold ("an arms deal")
 * @param generic       whether it names a kind of agreement rather than one ("such pacts as ...")
 * @param attributive   the token of a status word among its modifiers ("the draft agreement", "a signed treaty"),
 *                      or -1
 */
record AgreementPhrase(int start, int headFirst, int headLast, int end, int complementEnd, Noun noun,
                       String determiner, String name, String acronym, FuzzyDate date, Set<String> parties,
                       Set<String> withParties, boolean groupParty, String domain, boolean goods, boolean generic,
                       int attributive) {

    /** Whether it points back to an agreement named before ("that agreement", "the same treaty"). */
    boolean demonstrative(AgreementLexicon lexicon) {
        return determiner != null && lexicon.is(determiner, AgreementLexicon.WordClass.DEMONSTRATIVE);
    }

    /** Whether it introduces an agreement ("an agreement", "a pact"). */
    boolean indefinite(AgreementLexicon lexicon) {
        return determiner != null && lexicon.is(determiner, AgreementLexicon.WordClass.INDEFINITE);
    }

    /** The agreement's type, from its head noun or, for a deal for goods, {@code contract}. */
    String type() {
        return goods && noun.type().equals("agreement") ? "contract" : noun.type();
    }

    /** This phrase with another domain. */
    AgreementPhrase withDomain(String newDomain) {
        return new AgreementPhrase(start, headFirst, headLast, end, complementEnd, noun, determiner, name, acronym,
                date, parties, withParties, groupParty, newDomain, goods, generic, attributive);
    }

    /** Whether the phrase covers token {@code i} (its complement excluded). */
    boolean covers(int i) {
        return start <= i && i <= end;
    }
}
