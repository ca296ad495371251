package org.entente.extraction.agreement;

import java.util.LinkedHashSet;
import java.util.Set;

import org.entente.extraction.agreement.AgreementLexicon.WordClass;
import org.entente.extraction.analysis.SentenceTokens.StateSpan;
import org.entente.extraction.text.Token;

/** Finds the states a clause names in the roles that make them parties. Stateless and thread-safe. */
final class PartyFinder {

    private final AgreementLexicon lexicon;

    PartyFinder(AgreementLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The states of tokens {@code from..to-1} that can be a clause's subject: those not governed by a preposition
     * other than "of" ("with Russia, China and Iran") and not set against the others ("against the Soviet Union").
     */
    Set<String> subject(SentenceWords words, int from, int to) {
        Set<String> codes = new LinkedHashSet<>();
        for (StateSpan s : words.states()) {
            if (s.first() >= from && s.last() < to) {
                String governor = governor(words, s);
                if (!lexicon.is(governor, WordClass.EXCLUDED) && !goBetween(words, s)
                        && !(lexicon.is(governor, WordClass.PREPOSITION) && !governor.equals("of"))) {
                    codes.addAll(s.codes());
                }
            }
        }
        return codes;
    }

    /**
     * The states of tokens {@code from..to-1} other than those set against the others ("against", "unlike") and
     * those naming where ("in Guadalajara, Mexico"; not a reference to a pair: "in both countries").
     */
    Set<String> named(SentenceWords words, int from, int to) {
        Set<String> codes = new LinkedHashSet<>();
        for (StateSpan s : words.states()) {
            String governor = governor(words, s);
            if (s.first() >= from && s.last() < to && !lexicon.is(governor, WordClass.EXCLUDED) && !goBetween(words, s)
                    && !(lexicon.is(governor, WordClass.LOCATIVE) && s.codes().size() == 1)) {
                codes.addAll(s.codes());
            }
        }
        return codes;
    }

    /** A possessor right before a noun ("Iraq's withdrawal from", "Indian ratification of"). */
    Set<String> possessor(SentenceWords words, int nounFirst) {
        int k = nounFirst - 1;
        if (k >= 0 && words.token(k).type() == Token.Type.CLITIC) {
            k--;
        }
        StateSpan s = words.stateAt(k);
        return s == null ? Set.of() : new LinkedHashSet<>(s.codes());
    }

    /**
     * The end of the stretch of a clause that starts at {@code from}: its first comma that does not separate states
     * in a list, or the clause's end.
     */
    int stretchEnd(SentenceWords words, int from) {
        if (from >= words.size()) {
            return words.size();
        }
        int end = words.clauseEnd(from);
        for (int k = from; k < end; k++) {
            if (words.punct(k, ',') && !(words.stateAt(k - 1) != null && words.stateAt(k + 1) != null)) {
                return k;
            }
        }
        return end;
    }

    /** Whether tokens {@code from..to-1} hold a personal pronoun ("they signed"). */
    boolean hasPronoun(SentenceWords words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.is(words.lower(k), WordClass.PRONOUN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word that governs a state's noun phrase: the first word before it that is not another state, a list word
     * between states, a place before a comma or a determiner ("with" in "with Russia, China and Iran", "in" in "in
     * Guadalajara, Mexico"); empty at the start of the sentence.
     */
    private String governor(SentenceWords words, StateSpan s) {
        return words.lower(governorAt(words, s));
    }

    /** "guaranteed by Argentina, Brazil and Chile", "brokered by Turkey": go-betweens, not parties. */
    private boolean goBetween(SentenceWords words, StateSpan s) {
        int k = governorAt(words, s);
        return k > 0 && words.lower(k).equals("by") && lexicon.is(words.lower(k - 1), WordClass.MEDIATOR);
    }

    private int governorAt(SentenceWords words, StateSpan s) {
        int k = s.first() - 1;
        while (k >= 0) {
            StateSpan state = words.stateAt(k);
            SentenceWords.OtherSpan other = words.otherAt(k);
            int list = lexicon.phraseEndingAt(words.lower(), k, WordClass.LIST);
            if (state != null) {
                k = state.first() - 1;
            } else if (other != null && words.punct(other.last() + 1, ',')) {
                k = other.first() - 1;
            } else if (words.punct(k, ',')) {
                if (words.stateAt(k - 1) == null && words.otherAt(k - 1) == null) {
                    break;
                }
                k--;
            } else if (list > 0 || lexicon.is(words.lower(k), WordClass.DETERMINER)) {
                k -= Math.max(1, list);
            } else {
                break;
            }
        }
        return k;
    }
}
