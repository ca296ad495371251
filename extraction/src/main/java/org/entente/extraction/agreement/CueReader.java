package org.entente.extraction.agreement;

import java.util.ArrayList;
import java.util.List;

import org.entente.extraction.agreement.AgreementLexicon.StatusCue;
import org.entente.extraction.agreement.AgreementLexicon.WordClass;

/** Finds the status words of a sentence ({@code status-cues.tsv}), longest first. Stateless and thread-safe. */
final class CueReader {

    private final AgreementLexicon lexicon;

    CueReader(AgreementLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The status words of the sentence outside agreement names and modifiers, in text order. A gerund after "be"
     * is a verb ("are negotiating").
     */
    List<Cue> read(SentenceWords words, List<AgreementPhrase> phrases) {
        List<Cue> cues = new ArrayList<>();
        String[] lower = words.lower();
        int i = 0;
        while (i < lower.length) {
            WordTable.Match<StatusCue> m = words.token(i).isWord() ? lexicon.statuses().at(lower, i) : null;
            if (m == null || insidePhrase(phrases, i)) {
                i++;
                continue;
            }
            int last = i + m.length() - 1;
            StatusCue value = m.value();
            if (value.form() == AgreementLexicon.Form.VERB && isNounUse(words, i)) {
                i = last + 1; // "the latest sign of how ...", "a sign that": the noun, not the verb
                continue;
            }
            if (value.nominal() && lexicon.is(words.lower(i - 1), WordClass.BE)) {
                value = new StatusCue(value.status(), value.signing(), value.link(), AgreementLexicon.Form.PREDICATE);
            }
            boolean passive = value.form() == AgreementLexicon.Form.VERB
                    && (followsBe(words, i) || participleAfter(words, phrases, i));
            boolean infinitive = words.lower(i - 1).equals("to")
                    || lexicon.is(words.lower(i - 1), WordClass.ADVERB) && words.lower(i - 2).equals("to");
            cues.add(new Cue(i, last, value, passive, infinitive));
            i = last + 1;
        }
        return cues;
    }

    /**
     * Whether a present verb form is used as a noun: right after a determiner ("a sign", "the signs"), or after a
     * determiner and a superlative ("the latest sign", "the clearest sign").
     */
    private boolean isNounUse(SentenceWords words, int i) {
        if (words.isPastForm(lexicon, i)) {
            return false; // "the two countries signed": a past form is the verb
        }
        if (lexicon.is(words.lower(i - 1), WordClass.DETERMINER)) {
            return true;
        }
        return i >= 2 && words.lower(i - 1).endsWith("est") && lexicon.is(words.lower(i - 2), WordClass.DETERMINER);
    }

    /** Whether token {@code i} lies in a name or among a phrase's modifiers ("the draft agreement"). */
    private static boolean insidePhrase(List<AgreementPhrase> phrases, int i) {
        for (AgreementPhrase p : phrases) {
            if (p.name() != null && p.covers(i) || p.start() <= i && i < p.headFirst()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "an accord signed in 2001", "the agreements, concluded in Minsk": a past participle right after an agreement
     * phrase is a reduced passive about it, not the verb of a new clause.
     */
    private boolean participleAfter(SentenceWords words, List<AgreementPhrase> phrases, int i) {
        String w = words.lower(i);
        if (!w.endsWith("ed") && !lexicon.is(w, WordClass.PAST)) {
            return false;
        }
        int before = words.punct(i - 1, ',') ? i - 2 : i - 1;
        for (AgreementPhrase p : phrases) {
            if (p.end() == before) {
                return true;
            }
        }
        return false;
    }

    /** "was signed", "has been ratified", "were later suspended". */
    private boolean followsBe(SentenceWords words, int i) {
        if (lexicon.is(words.lower(i - 1), WordClass.BE)) {
            return true;
        }
        return lexicon.is(words.lower(i - 1), WordClass.ADVERB) && lexicon.is(words.lower(i - 2), WordClass.BE);
    }
}
