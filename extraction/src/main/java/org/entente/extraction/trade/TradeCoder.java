package org.entente.extraction.trade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.entente.extraction.ActorRef;
import org.entente.extraction.Evidence;
import org.entente.extraction.TradeFigure;
import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.actor.DocumentActors.StatePair;
import org.entente.extraction.analysis.AnalysedSentence;
import org.entente.extraction.analysis.Article;
import org.entente.extraction.analysis.SentenceTokens.StateSpan;
import org.entente.extraction.money.ExchangeRates;
import org.entente.extraction.money.MoneyFinder;
import org.entente.extraction.money.MoneyMention;
import org.entente.extraction.text.Sentence;
import org.entente.extraction.text.Token;

/**
 * The trade coder: the figures of goods and services trade an article states, with direction, year, value in US
 * dollars, basis and product (see {@link FigureReader} for the rules).
 *
 * <p>A cascade: a sentence without a trade word ({@code trade-words.tsv}) costs one scan of its lower-case text;
 * the others are tokenised and their amounts of money found ({@link MoneyFinder}); only those are read.
 *
 * <p>Currencies: a figure in another currency without a dollar value beside it is converted at the annual average
 * rate of its year ({@link ExchangeRates}); without a known rate its dollar value stays unknown.
 *
 * <p>Years: a figure whose sentence gives none takes the year of the figures of the trade sentence right before it
 * in the same paragraph ("In 2019, A exported $X to B. In return, B exported $Y to A."); one stated "per year",
 * "currently" or as a target without a year has none. The same figure stated twice is one fact with two
 * evidences.
 *
 * <p>Not trade figures: investment, aid, grants, loans, debts, deficits and surpluses, remittances, a deal's or
 * project's value, budgets, revenue, tariffs, sanctions and smuggling (the value of contraband is an estimate of
 * crime, not of trade), changes ("fell by $2 billion"), and hypothetical volumes ("could reach").
 *
 * <p>Thread-safe; the dictionaries are loaded once and shared.
 */
public final class TradeCoder {

    private static final double CONFIDENT = 0.85;
    private static final double INFERRED = 0.6;

    private final TradeLexicon lexicon;
    private final MoneyFinder money;
    private final FigureReader reader;
    private final List<String> keywords;
    private final ExchangeRates rates;

    /** A coder with the built-in dictionaries. */
    public TradeCoder() {
        this.lexicon = TradeLexicon.standard();
        this.money = new MoneyFinder();
        this.reader = new FigureReader(lexicon);
        this.keywords = lexicon.keywords();
        this.rates = ExchangeRates.standard();
    }

    /** The trade figures of an analysed article, in order of first statement. */
    public List<TradeFigure> code(Article article) {
        Map<FigureKey, Fact> facts = new LinkedHashMap<>();
        Optional<StatePair> mainPair = article.actors().mainPair();
        Set<String> previousStates = Set.of();
        int previousParagraph = -1;
        Figure lastFigure = null;
        Integer lastYear = null;
        int lastTradeParagraph = -1;
        for (AnalysedSentence s : article.sentences()) {
            Sentence sentence = s.sentence();
            boolean sameParagraph = sentence.paragraph() == previousParagraph;
            boolean tradeBefore = lastTradeParagraph == sentence.paragraph() && lastFigure != null;
            TradeContext context = new TradeContext(mainPair, sameParagraph ? previousStates : Set.of(),
                    tradeBefore ? lastFigure.owner() : null, tradeBefore ? otherThan(lastFigure) : null);
            List<Figure> figures = sentence.heading() || !mayState(sentence.text()) ? List.of()
                    : read(article, s, context);
            if (!figures.isEmpty()) {
                Integer inherited = tradeBefore ? lastYear : null;
                lastYear = null;
                for (Figure f : figures) {
                    Figure dated = inDollars(f.year() == null && !f.yearless() ? f.withYear(inherited) : f);
                    if (dated.year() != null) {
                        lastYear = dated.year();
                    }
                    add(facts, dated, s);
                    lastFigure = dated;
                }
                lastTradeParagraph = sentence.paragraph();
            }
            previousStates = states(s);
            previousParagraph = sentence.paragraph();
        }
        List<TradeFigure> out = new ArrayList<>(facts.size());
        facts.values().forEach(f -> out.add(f.figure()));
        return out;
    }

    /**
     * The figure with its value in US dollars at the average rate of its year, when the text gives no dollar value
     * and the rate of that year is known.
     */
    private Figure inDollars(Figure f) {
        return f.valueUsd() != null ? f : f.withValueUsd(rates.toUsd(f.amount(), f.currency(), f.year()));
    }

    /** The side of a figure other than its owner, or null when it has no owner. */
    private static String otherThan(Figure f) {
        if (f.owner() == null) {
            return null;
        }
        return f.owner().equals(f.exporter()) ? f.importer() : f.exporter();
    }

    private List<Figure> read(Article article, AnalysedSentence s, TradeContext context) {
        Sentence sentence = s.sentence();
        List<Token> tokens = s.tokens();
        List<MoneyMention> amounts = money.find(article.text(), tokens);
        if (amounts.isEmpty()) {
            return List.of();
        }
        return reader.read(new TradeWords(s, article.text(), amounts, lexicon), context);
    }

    /** Whether the sentence holds a word that can name a flow of trade. */
    private boolean mayState(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String keyword : keywords) {
            if (lower.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> states(AnalysedSentence s) {
        Set<String> codes = new LinkedHashSet<>();
        s.actors().stream().filter(m -> m.isState() && m.code() != null).forEach(m -> codes.add(m.code()));
        return codes;
    }

    /** One stated figure: what makes two statements the same figure. */
    private record FigureKey(String exporter, String importer, String flow, Integer year, double amount,
                             String currency, String basis, boolean product) {
    }

    /** A figure and its evidence, growing as restatements are merged. */
    private record Fact(Figure first, List<Evidence> evidence, Map<String, ActorRef> actors) {

        TradeFigure figure() {
            Figure f = first;
            return new TradeFigure(f.exporter(), f.importer(), f.flow(), f.year(), f.valueUsd(), f.amount(),
                    f.currency(), f.basis(), f.product(), List.copyOf(evidence), f.explicit() ? CONFIDENT : INFERRED,
                    List.copyOf(actors.values()));
        }
    }

    private static void add(Map<FigureKey, Fact> facts, Figure f, AnalysedSentence s) {
        FigureKey key = new FigureKey(f.exporter(), f.importer(), f.flow(), f.year(), f.amount(), f.currency(),
                f.basis(), f.product() != null);
        Fact fact = facts.computeIfAbsent(key, k -> new Fact(f, new ArrayList<>(), new LinkedHashMap<>()));
        Sentence sentence = s.sentence();
        if (fact.evidence().stream().noneMatch(e -> e.sentenceIndex() == sentence.index())) {
            fact.evidence().add(new Evidence(f.quote(), sentence.text(), sentence.start(), sentence.end(),
                    sentence.index()));
        }
        for (StateSpan span : f.parties()) {
            for (ActorMention m : span.mentions()) {
                if (m.code().equals(f.exporter()) || m.code().equals(f.importer())) {
                    fact.actors().putIfAbsent(m.code(), m.toActorRef());
                }
            }
        }
    }
}
