package org.entente.extraction.agreement;

import java.time.LocalDate;
import java.util.List;

import org.entente.extraction.Agreement;
import org.entente.extraction.FuzzyDate;
import org.entente.extraction.PublicationDate;
import org.entente.extraction.actor.ActorResolver;
import org.entente.extraction.analysis.Article;
import org.entente.extraction.analysis.ArticleAnalyser;
import org.entente.extraction.text.SentenceSplitter;
import org.entente.extraction.text.Tokenizer;
import org.entente.extraction.time.TimeFinder;

/** Runs the agreement coder on test texts, through the real text stages. */
final class Agreements {

    private static final ArticleAnalyser ANALYSER =
            new ArticleAnalyser(new SentenceSplitter(), new Tokenizer(), ActorResolver.shared(), new TimeFinder());
    private static final AgreementCoder CODER = new AgreementCoder();

    private Agreements() {
    }

    /** The analysed article of a text without a publication date. */
    static Article article(String text) {
        return ANALYSER.analyse("test", text, PublicationDate.none());
    }

    /** The coding of a text without a publication date. */
    static AgreementCoding coding(String text) {
        return CODER.code(article(text));
    }

    /** The coding of a text published on {@code published}. */
    static AgreementCoding coding(String text, LocalDate published) {
        FuzzyDate date = FuzzyDate.ofDay(published.getYear(), published.getMonthValue(), published.getDayOfMonth());
        return CODER.code(ANALYSER.analyse("test", text, new PublicationDate(date, "request", null)));
    }

    /** The agreement facts of a text without a publication date. */
    static List<Agreement> of(String text) {
        return coding(text).agreements();
    }

    /** The one agreement fact of a text; fails when there is not exactly one. */
    static Agreement only(String text) {
        List<Agreement> all = of(text);
        if (all.size() != 1) {
            throw new AssertionError("expected one agreement in: " + text + "\nbut got: " + all);
        }
        return all.get(0);
    }

    /** A compact form for assertions: {@code IND-JPN signed 2014}. */
    static String brief(Agreement a) {
        return String.join("-", a.parties()) + " " + a.status() + " " + (a.date() == null ? "-" : a.date().iso());
    }
}
