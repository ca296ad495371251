package org.entente.extraction.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.actor.Kind;
import org.entente.extraction.analysis.AnalysedSentence;
import org.entente.extraction.money.MoneyMention;
import org.entente.extraction.text.Token;
import org.entente.extraction.time.TimeMention;

/**
 * One sentence as tokens, with its states, time expressions and amounts of money placed on token ranges and its
 * clauses marked. Built per sentence that may state a trade figure; immutable once built.
 */
final class TradeWords {

    /** A state named over tokens {@code first..last} (two codes for "the two countries"). */
    record StateSpan(int first, int last, List<String> codes, List<ActorMention> mentions) {
    }

    /** A time expression over tokens {@code first..last}. */
    record TimeSpan(int first, int last, TimeMention mention) {
    }

    /** An amount of money over tokens {@code first..last}. */
    record MoneySpan(int first, int last, MoneyMention mention) {
    }

    private final AnalysedSentence analysed;
    private final String text;
    private final List<Token> tokens;
    private final String[] lower;
    private final List<StateSpan> states = new ArrayList<>();
    private final List<int[]> places = new ArrayList<>();
    private final List<TimeSpan> times = new ArrayList<>();
    private final List<MoneySpan> money = new ArrayList<>();
    private final int[] clauseStart;
    private final int[] clauseEnd;

    TradeWords(AnalysedSentence analysed, String text, List<Token> tokens, List<MoneyMention> amounts,
               TradeLexicon lexicon) {
        this.analysed = analysed;
        this.text = text;
        this.tokens = tokens;
        this.lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
        }
        placeActors(analysed.actors());
        for (TimeMention m : analysed.times()) {
            int first = firstToken(m.start());
            int last = lastToken(m.end());
            if (first >= 0 && last >= first) {
                times.add(new TimeSpan(first, last, m));
            }
        }
        for (MoneyMention m : amounts) {
            money.add(new MoneySpan(firstToken(m.start()), lastToken(m.end()), m));
        }
        this.clauseStart = new int[lower.length];
        this.clauseEnd = new int[lower.length];
        markClauses(lexicon);
    }

    AnalysedSentence analysed() {
        return analysed;
    }

    int size() {
        return lower.length;
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

    /** Whether token {@code i} is part of a place's name (a city, region or sea). */
    boolean isPlace(int i) {
        for (int[] p : places) {
            if (p[0] <= i && i <= p[1]) {
                return true;
            }
        }
        return false;
    }

    /** The time expression covering token {@code i}, or null. */
    TimeSpan timeAt(int i) {
        for (TimeSpan t : times) {
            if (t.first() <= i && i <= t.last()) {
                return t;
            }
        }
        return null;
    }

    List<TimeSpan> times() {
        return times;
    }

    List<MoneySpan> money() {
        return money;
    }

    /** The amount of money covering token {@code i}, or null. */
    MoneySpan moneyAt(int i) {
        for (MoneySpan m : money) {
            if (m.first() <= i && i <= m.last()) {
                return m;
            }
        }
        return null;
    }

    int clauseStart(int i) {
        return clauseStart[i];
    }

    int clauseEnd(int i) {
        return clauseEnd[i];
    }

    private void placeActors(List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            int first = firstToken(m.start());
            int last = lastToken(m.end());
            if (first < 0 || last < first) {
                continue;
            }
            if (m.kind() == Kind.LOCATION) {
                places.add(new int[] {first, last});
            }
            if (!m.isState() || m.code() == null) {
                continue;
            }
            StateSpan previous = states.isEmpty() ? null : states.get(states.size() - 1);
            if (previous != null && previous.first() == first && previous.last() == last) {
                List<String> codes = new ArrayList<>(previous.codes());
                if (!codes.contains(m.code())) {
                    codes.add(m.code());
                }
                List<ActorMention> all = new ArrayList<>(previous.mentions());
                all.add(m);
                states.set(states.size() - 1, new StateSpan(first, last, List.copyOf(codes), List.copyOf(all)));
            } else {
                states.add(new StateSpan(first, last, List.of(m.code()), List.of(m)));
            }
        }
    }

    private void markClauses(TradeLexicon lexicon) {
        int start = 0;
        for (int i = 0; i < lower.length; i++) {
            if (i > 0 && lexicon.isWord(lower[i], TradeLexicon.WordClass.CLAUSE)) {
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
    private int firstToken(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }

    /** The token holding the character before {@code offset}, else the last token before it, else -1. */
    private int lastToken(int offset) {
        int last = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < offset; i++) {
            last = i;
        }
        return last;
    }
}
