package org.entente.extraction.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.text.Token;
import org.entente.extraction.time.TimeMention;

/**
 * One analysed sentence as tokens, with its states and time expressions placed on token ranges, and its clauses
 * once a coder has {@linkplain #markClauses(IntPredicate) marked} them by its own rule. The fact coders' sentence
 * views extend it with what they read besides (amounts of money, other actors).
 */
public class SentenceTokens {

    /** A phrase over tokens {@code first..last}. */
    public interface Span {
        int first();

        int last();
    }

    /**
     * States named by a phrase over tokens {@code first..last}.
     *
     * @param codes    the state codes, in order (two for "the two countries")
     * @param mentions the actor mentions behind them
     */
    public record StateSpan(int first, int last, List<String> codes, List<ActorMention> mentions) implements Span {

        /** Whether the phrase is a capital or seat of government ("Tashkent" in "the Tashkent Declaration"). */
        public boolean isCapital() {
            return mentions.stream().allMatch(m -> m.reason().equals("capital")
                    || m.reason().equals("seat of government"));
        }
    }

    /** A time expression over tokens {@code first..last}. */
    public record TimeSpan(int first, int last, TimeMention mention) implements Span {
    }

    private final AnalysedSentence analysed;
    private final String text;
    private final List<Token> tokens;
    private final String[] lower;
    private final List<StateSpan> states;
    private final List<TimeSpan> times;
    private final int[] clauseStart;
    private final int[] clauseEnd;

    /**
     * @param analysed the sentence with its tokens, actors and times
     * @param text     the article's text, which the offsets refer to
     */
    protected SentenceTokens(AnalysedSentence analysed, String text) {
        this.analysed = analysed;
        this.text = text;
        this.tokens = analysed.tokens();
        this.lower = analysed.lower().toArray(new String[0]);
        this.states = stateSpans(analysed.actors());
        this.times = timeSpans(analysed.times());
        this.clauseStart = new int[lower.length];
        this.clauseEnd = new int[lower.length];
    }

    public AnalysedSentence analysed() {
        return analysed;
    }

    public int size() {
        return lower.length;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public String[] lower() {
        return lower;
    }

    /** The lower-case token {@code i}, or the empty string outside the sentence. */
    public String lower(int i) {
        return i >= 0 && i < lower.length ? lower[i] : "";
    }

    /** The text of tokens {@code first..last} as written. */
    public String text(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    public List<StateSpan> states() {
        return states;
    }

    /** The state span covering token {@code i}, or null. */
    public StateSpan stateAt(int i) {
        return covering(states, i);
    }

    public List<TimeSpan> times() {
        return times;
    }

    /** The time expression covering token {@code i}, or null. */
    public TimeSpan timeAt(int i) {
        return covering(times, i);
    }

    /** The first token of the clause of token {@code i}. */
    public int clauseStart(int i) {
        return clauseStart[i];
    }

    /** The token after the last of the clause of token {@code i}. */
    public int clauseEnd(int i) {
        return clauseEnd[i];
    }

    /** The span of {@code spans} covering token {@code i}, or null. */
    protected static <S extends Span> S covering(List<S> spans, int i) {
        for (S s : spans) {
            if (s.first() <= i && i <= s.last()) {
                return s;
            }
        }
        return null;
    }

    /**
     * Marks the clauses: a clause starts at every token after the first for which {@code opensClause} holds, and
     * runs to the next start.
     */
    protected final void markClauses(IntPredicate opensClause) {
        int start = 0;
        for (int i = 0; i < lower.length; i++) {
            if (i > 0 && opensClause.test(i)) {
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

    /** The token holding the character at {@code offset}, else the first token after it, else -1. */
    protected final int firstToken(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }

    /** The token holding the character before {@code offset}, else the last token before it, else -1. */
    protected final int lastToken(int offset) {
        int last = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < offset; i++) {
            last = i;
        }
        return last;
    }

    /** States on token ranges; two mentions over the same tokens ("the two countries") make one span. */
    private List<StateSpan> stateSpans(List<ActorMention> mentions) {
        List<StateSpan> spans = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (!m.isState() || m.code() == null) {
                continue;
            }
            int first = firstToken(m.start());
            int last = lastToken(m.end());
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
            int first = firstToken(m.start());
            int last = lastToken(m.end());
            if (first >= 0 && last >= first) {
                spans.add(new TimeSpan(first, last, m));
            }
        }
        return List.copyOf(spans);
    }
}
