package org.entente.extraction.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.actor.Kind;
import org.entente.extraction.analysis.AnalysedSentence;
import org.entente.extraction.text.Token;
import org.entente.extraction.time.TimeMention;

/**
 * One sentence as tokens, with its state mentions and time expressions placed on token ranges and its clauses
 * marked. Built per sentence that may state an agreement; immutable once built.
 */
final class SentenceWords {

    /**
     * States named by a phrase over tokens {@code first..last}.
     *
     * @param codes    the state codes, in order (two for "the two countries")
     * @param mentions the actor mentions behind them
     */
    record StateSpan(int first, int last, List<String> codes, List<ActorMention> mentions) {

        /** Whether the phrase is a capital or seat of government ("Tashkent" in "the Tashkent Declaration"). */
        boolean isCapital() {
            return mentions.stream().allMatch(m -> m.reason().equals("capital")
                    || m.reason().equals("seat of government"));
        }
    }

    /** A time expression over tokens {@code first..last}. */
    record TimeSpan(int first, int last, TimeMention mention) {
    }

    /** An actor or place that is not a state over tokens {@code first..last}: an IGO, a group or a location. */
    record OtherSpan(int first, int last, Kind kind) {
    }

    private final AnalysedSentence analysed;
    private final String text;
    private final List<Token> tokens;
    private final String[] lower;
    private final List<StateSpan> states;
    private final List<TimeSpan> times;
    private final List<OtherSpan> others;
    private final int[] clauseStart;
    private final int[] clauseEnd;

    SentenceWords(AnalysedSentence analysed, String text, List<Token> tokens, AgreementLexicon lexicon) {
        this.analysed = analysed;
        this.text = text;
        this.tokens = tokens;
        this.lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
        }
        this.states = stateSpans(analysed.actors());
        this.times = timeSpans(analysed.times());
        this.others = otherSpans(analysed.actors());
        this.clauseStart = new int[lower.length];
        this.clauseEnd = new int[lower.length];
        markClauses(lexicon);
    }

    AnalysedSentence analysed() {
        return analysed;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String[] lower() {
        return lower;
    }

    /** The lower-case token {@code i}, or the empty string outside the sentence. */
    String lower(int i) {
        return i >= 0 && i < lower.length ? lower[i] : "";
    }

    /** Whether token {@code i} is a word written with a capital. */
    boolean capitalised(int i) {
        return i >= 0 && i < lower.length && tokens.get(i).isWord() && tokens.get(i).isCapitalised();
    }

    /** Whether token {@code i} is a quotation mark. */
    boolean quote(int i) {
        if (i < 0 || i >= lower.length || tokens.get(i).length() != 1) {
            return false;
        }
        char c = tokens.get(i).text().charAt(0);
        return c == '\'' || c == '"' || c == '‘' || c == '’' || c == '“' || c == '”';
    }

    /** Whether token {@code i} is the one-character punctuation {@code c}. */
    boolean punct(int i, char c) {
        return i >= 0 && i < lower.length && tokens.get(i).type() == Token.Type.PUNCT
                && tokens.get(i).length() == 1 && tokens.get(i).text().charAt(0) == c;
    }

    /** The text of tokens {@code first..last} as written. */
    String text(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    List<StateSpan> states() {
        return states;
    }

    /** The state span covering token {@code i}, or null. */
    StateSpan stateAt(int i) {
        for (StateSpan s : states) {
            if (s.first() <= i && i <= s.last()) {
                return s;
            }
        }
        return null;
    }

    List<TimeSpan> times() {
        return times;
    }

    /** The non-state actor or place covering token {@code i}, or null. */
    OtherSpan otherAt(int i) {
        for (OtherSpan s : others) {
            if (s.first() <= i && i <= s.last()) {
                return s;
            }
        }
        return null;
    }

    /** The first token of the clause of token {@code i}. */
    int clauseStart(int i) {
        return clauseStart[i];
    }

    /** The token after the last of the clause of token {@code i}. */
    int clauseEnd(int i) {
        return clauseEnd[i];
    }

    /** Every state code named in tokens {@code from..to-1}, in order. */
    Set<String> codesIn(int from, int to) {
        Set<String> codes = new LinkedHashSet<>();
        for (StateSpan s : states) {
            if (s.first() >= from && s.last() < to) {
                codes.addAll(s.codes());
            }
        }
        return codes;
    }

    /**
     * Marks clauses: a clause starts at a word of class {@code clause} ("which", "but", ";") and at a "that" which
     * opens a clause rather than a noun phrase ("the pact that the two countries signed", not "that agreement").
     */
    private void markClauses(AgreementLexicon lexicon) {
        int start = 0;
        for (int i = 0; i < lower.length; i++) {
            boolean opens = lexicon.is(lower[i], AgreementLexicon.WordClass.CLAUSE)
                    || lower[i].equals("that") && opensClause(lexicon, i + 1);
            if (i > 0 && opens && stateAt(i) == null) {
                start = i;
            }
            clauseStart[i] = start;
        }
        int end = lower.length;
        for (int i = lower.length - 1; i >= 0; i--) {
            clauseEnd[i] = end;
            if (clauseStart[i] == i) {
                end = i;
            }
        }
    }

    /** Whether the words at {@code i} start a clause's subject: a determiner, a pronoun, a state or a name. */
    private boolean opensClause(AgreementLexicon lexicon, int i) {
        return i < lower.length && (lexicon.is(lower[i], AgreementLexicon.WordClass.DETERMINER)
                || lexicon.is(lower[i], AgreementLexicon.WordClass.PRONOUN) || capitalised(i) || stateAt(i) != null);
    }

    private List<OtherSpan> otherSpans(List<ActorMention> mentions) {
        List<OtherSpan> spans = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (!m.isState()) {
                int first = firstTokenFrom(m.start());
                int last = lastTokenTo(m.end());
                if (first >= 0 && last >= first) {
                    spans.add(new OtherSpan(first, last, m.kind()));
                }
            }
        }
        return List.copyOf(spans);
    }

    private List<StateSpan> stateSpans(List<ActorMention> mentions) {
        List<StateSpan> spans = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (!m.isState() || m.code() == null) {
                continue;
            }
            int first = firstTokenFrom(m.start());
            int last = lastTokenTo(m.end());
            if (first < 0 || last < first) {
                continue;
            }
            StateSpan previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (previous != null && previous.first() == first && previous.last() == last) {
                List<String> codes = new ArrayList<>(previous.codes());
                if (!codes.contains(m.code())) {
                    codes.add(m.code());
                }
                List<ActorMention> all = new ArrayList<>(previous.mentions());
                all.add(m);
                spans.set(spans.size() - 1, new StateSpan(first, last, List.copyOf(codes), List.copyOf(all)));
            } else {
                spans.add(new StateSpan(first, last, List.of(m.code()), List.of(m)));
            }
        }
        return List.copyOf(spans);
    }

    private List<TimeSpan> timeSpans(List<TimeMention> mentions) {
        List<TimeSpan> spans = new ArrayList<>();
        for (TimeMention m : mentions) {
            int first = firstTokenFrom(m.start());
            int last = lastTokenTo(m.end());
            if (first >= 0 && last >= first) {
                spans.add(new TimeSpan(first, last, m));
            }
        }
        return List.copyOf(spans);
    }

    /** The token holding the character at {@code offset}, else the first token after it, else -1. */
    private int firstTokenFrom(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }

    /** The token holding the character before {@code offset}, else the last token before it, else -1. */
    private int lastTokenTo(int offset) {
        int last = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < offset; i++) {
            last = i;
        }
        return last;
    }
}
