package org.entente.extraction.trade;

import java.util.ArrayList;
import java.util.List;

import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.actor.Kind;
import org.entente.extraction.analysis.AnalysedSentence;
import org.entente.extraction.analysis.SentenceTokens;
import org.entente.extraction.money.MoneyMention;

/**
 * One sentence that may state a trade figure, as tokens: its states, places, time expressions and amounts of money
 * on token ranges, and its clauses, which start at a word of class {@code clause}. Immutable once built.
 */
final class TradeWords extends SentenceTokens {

    /** An amount of money over tokens {@code first..last}. */
    record MoneySpan(int first, int last, MoneyMention mention) implements Span {
    }

    /** A place's name (a city, region or sea) over tokens {@code first..last}. */
    private record PlaceSpan(int first, int last) implements Span {
    }

    private final List<PlaceSpan> places;
    private final List<MoneySpan> money;

    TradeWords(AnalysedSentence analysed, String text, List<MoneyMention> amounts, TradeLexicon lexicon) {
        super(analysed, text);
        this.places = placeSpans(analysed.actors());
        List<MoneySpan> spans = new ArrayList<>();
        for (MoneyMention m : amounts) {
            spans.add(new MoneySpan(firstToken(m.start()), lastToken(m.end()), m));
        }
        this.money = List.copyOf(spans);
        markClauses(i -> lexicon.isWord(lower(i), TradeLexicon.WordClass.CLAUSE));
    }

    /** Whether token {@code i} is part of a place's name (a city, region or sea). */
    boolean isPlace(int i) {
        return covering(places, i) != null;
    }

    List<MoneySpan> money() {
        return money;
    }

    /** The amount of money covering token {@code i}, or null. */
    MoneySpan moneyAt(int i) {
        return covering(money, i);
    }

    private List<PlaceSpan> placeSpans(List<ActorMention> mentions) {
        List<PlaceSpan> spans = new ArrayList<>();
        for (ActorMention m : mentions) {
            int first = firstToken(m.start());
            int last = lastToken(m.end());
            if (m.kind() == Kind.LOCATION && first >= 0 && last >= first) {
                spans.add(new PlaceSpan(first, last));
            }
        }
        return List.copyOf(spans);
    }
}
