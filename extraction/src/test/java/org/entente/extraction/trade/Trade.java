package org.entente.extraction.trade;

import java.time.LocalDate;
import java.util.List;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.PublicationDate;
import org.entente.extraction.TradeFigure;
import org.entente.extraction.actor.ActorResolver;
import org.entente.extraction.analysis.ArticleAnalyser;
import org.entente.extraction.text.SentenceSplitter;
import org.entente.extraction.text.Tokenizer;
import org.entente.extraction.time.TimeFinder;

/** Runs the trade coder on test texts, through the real text stages. */
final class Trade {

    private static final ArticleAnalyser ANALYSER =
            new ArticleAnalyser(new SentenceSplitter(), new Tokenizer(), ActorResolver.shared(), new TimeFinder());
    private static final TradeCoder CODER = new TradeCoder();

    private Trade() {
    }

    /** The trade figures of a text without a publication date. */
    static List<TradeFigure> of(String text) {
        return CODER.code(ANALYSER.analyse("test", text, PublicationDate.none()));
    }

    /** The trade figures of a text published on the given date. */
    static List<TradeFigure> published(String text, LocalDate date) {
        PublicationDate published = new PublicationDate(FuzzyDate.ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
                "request", null);
        return CODER.code(ANALYSER.analyse("test", text, published));
    }

    /** The one figure of a text; fails when there is not exactly one. */
    static TradeFigure only(String text) {
        List<TradeFigure> all = of(text);
        if (all.size() != 1) {
            throw new AssertionError("expected one figure in: " + text + "\nbut got: " + all);
        }
        return all.get(0);
    }

    /** A compact form for assertions: {@code CHL>PER 2019 66200000 actual}, {@code IND=JPN ...} for a total. */
    static String brief(TradeFigure t) {
        String flow = t.flow().equals("total") ? "=" : ">";
        String value = t.valueUsd() == null ? "?" : String.valueOf(Math.round(t.valueUsd()));
        return t.exporter() + flow + t.importer() + " " + (t.year() == null ? "-" : t.year()) + " " + value + " "
                + t.basis();
    }
}
