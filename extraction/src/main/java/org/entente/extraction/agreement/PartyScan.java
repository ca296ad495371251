package org.entente.extraction.agreement;

import java.util.LinkedHashSet;
import java.util.Set;

import org.entente.extraction.actor.Kind;
import org.entente.extraction.agreement.AgreementLexicon.WordClass;
import org.entente.extraction.analysis.SentenceTokens.StateSpan;
import org.entente.extraction.text.Chars;

/**
 * The parties a span of a sentence names after a party preposition ("between A and B", "among A, B and C",
 * "with B", "by A and B"), in a dash compound ("the Iran–Pakistan gas pipeline"), or as a group that refers back
 * ("with these countries"). A party list ends at another preposition, a verb or the end of the span. The agent of
 * a mediation is no party ("brokered by Turkey"). A list that starts with a capitalised name that is not a state
 * ("with the self-declared Republic of X") names a party that is not one; a government named by its seat ("with the
 * Government of National Unity in Libya", "with the government in Kabul") names that state.
 */
final class PartyScan {

    /** How far a list of parties may run. */
    private static final int MAX_LIST = 14;
    /** How far after a government noun the state it is placed in may stand. */
    private static final int MAX_SEAT = 8;

    private final Set<String> parties = new LinkedHashSet<>();
    private final Set<String> withParties = new LinkedHashSet<>();
    private boolean group;
    private boolean nonState;

    PartyScan(AgreementLexicon lexicon, SentenceWords words, int from, int to) {
        int listLeft = 0;
        boolean with = false;
        for (int k = from; k < to; k++) {
            String w = words.lower(k);
            StateSpan state = words.stateAt(k);
            if (state != null && state.first() == k) {
                if (listLeft > 0 || isCompound(words, state)) {
                    parties.addAll(state.codes());
                }
                if (listLeft > 0 && with) {
                    withParties.addAll(state.codes());
                }
                k = state.last();
                continue;
            }
            SentenceWords.OtherSpan other = words.otherAt(k);
            if (other != null && other.first() == k) {
                nonState |= listLeft > 0 && parties.isEmpty() && other.kind() != Kind.LOCATION;
                k = other.last();
                continue;
            }
            StateSpan seat = listLeft > 0 && lexicon.is(w, WordClass.GOVERNMENT) ? seat(words, k + 1, to) : null;
            if (seat != null) {
                parties.addAll(seat.codes());
                if (with) {
                    withParties.addAll(seat.codes());
                }
                k = seat.last();
                continue;
            }
            if (listLeft > 0 && parties.isEmpty() && words.capitalised(k)) {
                nonState = true;
            }
            int groupLength = lexicon.phraseAt(words.lower(), k, WordClass.GROUP);
            if (listLeft > 0 && groupLength > 0) {
                group = true;
                k += groupLength - 1;
                continue;
            }
            if (lexicon.is(w, WordClass.PARTY)) {
                listLeft = lexicon.is(words.lower(k - 1), WordClass.MEDIATOR) ? 0 : MAX_LIST;
                with = w.equals("with");
            } else if (lexicon.is(w, WordClass.PREPOSITION) && !w.equals("of") || lexicon.is(w, WordClass.CLAUSE)
                    || lexicon.is(w, WordClass.VERB) && !w.equals("to")) {
                listLeft = 0;
            } else if (listLeft > 0) {
                listLeft--;
            }
        }
    }

    /**
     * The state a government noun is placed in or of, through the words of its name ("the government in Kabul",
     * "the Government of National Unity in Libya", "the interim authorities of Mali"), or null.
     */
    private static StateSpan seat(SentenceWords words, int from, int to) {
        for (int k = from; k < Math.min(to, from + MAX_SEAT); k++) {
            StateSpan state = words.stateAt(k);
            String before = words.lower(k - 1);
            if (state != null && state.first() == k) {
                return before.equals("in") || before.equals("of") ? state : null;
            }
            String w = words.lower(k);
            if (!(words.capitalised(k) || w.equals("in") || w.equals("of") || w.equals("the") || w.equals("and"))) {
                return null;
            }
        }
        return null;
    }

    /**
     * A state joined by a dash to another state right before or after it ("Iran – Pakistan"), or a word naming two
     * states ("Iran-Pakistan", "the two countries").
     */
    private static boolean isCompound(SentenceWords words, StateSpan state) {
        return state.codes().size() > 1 || isDash(words, state.last() + 1) && words.stateAt(state.last() + 2) != null
                || isDash(words, state.first() - 1) && words.stateAt(state.first() - 2) != null;
    }

    private static boolean isDash(SentenceWords words, int i) {
        return i >= 0 && i < words.size() && words.token(i).length() == 1
                && Chars.isDash(words.token(i).text().charAt(0));
    }

    /** The states named as parties, in text order. */
    Set<String> parties() {
        return parties;
    }

    /** The states named after "with" ("signed contracts with A, B and C"), in text order. */
    Set<String> withParties() {
        return withParties;
    }

    /** Whether a party preposition names a group or organisation before any state ("with the Republic of X"). */
    boolean nonState() {
        return nonState;
    }

    /** Whether the parties are also named as a group that refers back ("these countries", "them"). */
    boolean group() {
        return group;
    }
}
