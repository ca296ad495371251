package org.entente.extraction.agreement;

import java.util.List;

import org.entente.extraction.agreement.AgreementLexicon.Effect;
import org.entente.extraction.agreement.AgreementLexicon.ModalityCue;

/**
 * What a clause says about a status: that it happened, did not, might, or is planned. Read from the modality words
 * of {@code modality-cues.tsv}:
 * <ul>
 *   <li>a word of near scope governs a status word at most {@link #NEAR} words after it with no agreement between
 *       them ("did not formally sign", "is expected to be signed", not "agreed to revive an accord signed in
 *       2001"), or, for a noun or gerund, anywhere after it in the stretch of the clause
 *       before the status word that no comma breaks ("aims at the elimination of tariffs and the implementation of
 *       a trade agreement");</li>
 *   <li>a word of clause scope governs that whole stretch ("if they sign");</li>
 *   <li>a noun or gerund is also hypothetical when a hypothetical word follows it in its clause ("signing a
 *       memorandum could increase trade").</li>
 * </ul>
 * Negation wins over a hypothetical, a hypothetical over a plan, a plan over a decision ("agreed to").
 */
enum Modality {
    FACT, DECISION, PLAN, HYPOTHETICAL, NEGATED;

    /** How many words may stand between a near-scope modality word and the status word it governs. */
    private static final int NEAR = 4;

    /**
     * The modality of the status word over tokens {@code cueFirst..cueLast}.
     *
     * @param nominal whether the status word is a noun or gerund
     */
    static Modality of(AgreementLexicon lexicon, SentenceWords words, int cueFirst, int cueLast, boolean nominal,
                       List<AgreementPhrase> phrases) {
        int stretch = stretchStart(words, cueFirst);
        Modality found = FACT;
        String[] lower = words.lower();
        for (int k = stretch; k < cueFirst; k++) {
            WordTable.Match<ModalityCue> m = lexicon.modality().at(lower, k);
            if (m == null || inTime(words, k)) {
                continue; // "In May 2016 Kenya signed ...": the month, not the modal
            }
            int gap = cueFirst - (k + m.length());
            boolean near = gap <= NEAR && !phraseBetween(phrases, k + m.length(), cueFirst);
            boolean governs = m.value().clause() || near || nominal && m.value().effect() != Effect.NEGATION;
            if (governs) {
                found = stronger(found, of(m.value().effect()));
            }
            k += m.length() - 1;
        }
        if (nominal) {
            for (int k = cueLast + 1; k < words.clauseEnd(cueLast); k++) {
                WordTable.Match<ModalityCue> m = lexicon.modality().at(lower, k);
                if (m != null && m.value().effect() == Effect.HYPOTHETICAL) {
                    found = stronger(found, HYPOTHETICAL);
                }
            }
        }
        return found;
    }

    private static boolean inTime(SentenceWords words, int k) {
        return words.times().stream().anyMatch(t -> t.first() <= k && k <= t.last());
    }

    /** Whether an agreement phrase lies in tokens {@code from..to-1}: a modality word before it governs another verb. */
    private static boolean phraseBetween(List<AgreementPhrase> phrases, int from, int to) {
        for (AgreementPhrase p : phrases) {
            if (p.start() >= from && p.end() < to) {
                return true;
            }
        }
        return false;
    }

    /** The first token of the status word's clause after the last comma before it. */
    private static int stretchStart(SentenceWords words, int cueFirst) {
        int start = words.clauseStart(cueFirst);
        for (int k = cueFirst - 1; k > start; k--) {
            if (words.punct(k, ',')) {
                return k + 1;
            }
        }
        return start;
    }

    private static Modality of(Effect effect) {
        return switch (effect) {
            case NEGATION -> NEGATED;
            case HYPOTHETICAL -> HYPOTHETICAL;
            case PLAN -> PLAN;
            case DECISION -> DECISION;
        };
    }

    private static Modality stronger(Modality a, Modality b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
