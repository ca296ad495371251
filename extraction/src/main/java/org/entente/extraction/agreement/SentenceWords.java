package org.entente.extraction.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.actor.Kind;
import org.entente.extraction.analysis.AnalysedSentence;
import org.entente.extraction.analysis.SentenceTokens;
import org.entente.extraction.text.Token;

/**
 * One sentence that may state an agreement, as tokens: its states, other actors and time expressions on token
 * ranges, and its clauses, which start at a word of class {@code clause} ("which", "but", ";") or at a "that" which
 * opens a clause rather than a noun phrase. Immutable once built.
 */
final class SentenceWords extends SentenceTokens {

    /** An actor or place that is not a state over tokens {@code first..last}: an IGO, a group or a location. */
    record OtherSpan(int first, int last, Kind kind) implements Span {
    }

    private final List<OtherSpan> others;
    private final FuzzyDate publication;

    /** @param publication the article's publication date, or null */
    SentenceWords(AnalysedSentence analysed, String text, AgreementLexicon lexicon, FuzzyDate publication) {
        super(analysed, text);
        this.publication = publication;
        this.others = otherSpans(analysed.actors());
        markClauses(i -> (lexicon.is(lower(i), AgreementLexicon.WordClass.CLAUSE)
                || lower(i).equals("that") && opensClause(lexicon, i + 1)
                || lower(i).equals("and") && punct(i - 1, ',') && opensClause(lexicon, i + 1)
                && pastVerbSoonAfter(lexicon, i + 1)) && stateAt(i) == null);
    }

    /**
     * ", and Kishida paid a return visit in November": a verb in the past right after a named subject after ", and"
     * makes it a new clause, whose dates are not the first clause's (a list ", and South Korea in 2020" is not).
     */
    private boolean pastVerbSoonAfter(AgreementLexicon lexicon, int from) {
        int k = from;
        while (k < size() && (capitalised(k) || stateAt(k) != null) && k < from + 4) {
            k++;
        }
        if (k == from || k >= size() || !token(k).isWord() || capitalised(k)) {
            return false;
        }
        return isPastForm(lexicon, k);
    }

    /** Whether token {@code k} is a lower-case past form: a word in "-ed" or of the lexicon's class 'past'. */
    boolean isPastForm(AgreementLexicon lexicon, int k) {
        if (k < 0 || k >= size() || !token(k).isWord() || capitalised(k)) {
            return false;
        }
        String w = lower(k);
        return w.length() > 4 && w.endsWith("ed") || lexicon.is(w, AgreementLexicon.WordClass.PAST);
    }

    /**
     * The date of the story when the sentence tells a news report's story: the last date the article gave before
     * it is its publication day ("signed ... on Thursday"); else null.
     */
    FuzzyDate storyDate() {
        FuzzyDate last = analysed().documentDate();
        return publication != null && publication.equals(last) ? last : null;
    }

    /** Whether token {@code i} is a word written with a capital. */
    boolean capitalised(int i) {
        return i >= 0 && i < size() && token(i).isWord() && token(i).isCapitalised();
    }

    /** Whether token {@code i} is a quotation mark. */
    boolean quote(int i) {
        if (i < 0 || i >= size() || token(i).length() != 1) {
            return false;
        }
        char c = token(i).text().charAt(0);
        return c == '\'' || c == '"' || c == '‘' || c == '’' || c == '“' || c == '”';
    }

    /** Whether token {@code i} is the one-character punctuation {@code c}. */
    boolean punct(int i, char c) {
        return i >= 0 && i < size() && token(i).type() == Token.Type.PUNCT
                && token(i).length() == 1 && token(i).text().charAt(0) == c;
    }

    /** The non-state actor or place covering token {@code i}, or null. */
    OtherSpan otherAt(int i) {
        return covering(others, i);
    }

    /** Every state code named in tokens {@code from..to-1}, in order. */
    Set<String> codesIn(int from, int to) {
        Set<String> codes = new LinkedHashSet<>();
        for (StateSpan s : states()) {
            if (s.first() >= from && s.last() < to) {
                codes.addAll(s.codes());
            }
        }
        return codes;
    }

    /**
     * Whether the words at {@code i} start a clause's subject after "that": a determiner, a pronoun, a state or a
     * name ("the pact that the two countries signed", not "that agreement").
     */
    private boolean opensClause(AgreementLexicon lexicon, int i) {
        return i < size() && (lexicon.is(lower(i), AgreementLexicon.WordClass.DETERMINER)
                || lexicon.is(lower(i), AgreementLexicon.WordClass.PRONOUN) || capitalised(i) || stateAt(i) != null);
    }

    private List<OtherSpan> otherSpans(List<ActorMention> mentions) {
        List<OtherSpan> spans = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (!m.isState()) {
                int first = firstToken(m.start());
                int last = lastToken(m.end());
                if (first >= 0 && last >= first) {
                    spans.add(new OtherSpan(first, last, m.kind()));
                }
            }
        }
        return List.copyOf(spans);
    }
}
