package org.entente.extraction;

import org.entente.extraction.actor.ActorResolver;
import org.entente.extraction.agreement.AgreementCoder;
import org.entente.extraction.agreement.AgreementCoding;
import org.entente.extraction.analysis.Article;
import org.entente.extraction.analysis.ArticleAnalyser;
import org.entente.extraction.event.EventCoder;
import org.entente.extraction.normalize.Normalised;
import org.entente.extraction.normalize.Normaliser;
import org.entente.extraction.pubdate.PublicationDateFinder;
import org.entente.extraction.text.SentenceSplitter;
import org.entente.extraction.text.Tokenizer;
import org.entente.extraction.time.TimeFinder;
import org.entente.extraction.trade.TradeCoder;

/**
 * The extraction engine: normalise → sentences → actors, time → events, agreements, trade → merge.
 * Thread-safe; build one with {@link #create()} (it loads the dictionaries) and share it.
 */
public final class ExtractionEngine implements Extractor {

    private final Normaliser normaliser;
    private final PublicationDateFinder publicationDates;
    private final ArticleAnalyser analyser;
    private final EventCoder events;
    private final AgreementCoder agreements;
    private final TradeCoder trade;

    private ExtractionEngine(Normaliser normaliser, PublicationDateFinder publicationDates, ArticleAnalyser analyser,
                             EventCoder events, AgreementCoder agreements, TradeCoder trade) {
        this.normaliser = normaliser;
        this.publicationDates = publicationDates;
        this.analyser = analyser;
        this.events = events;
        this.agreements = agreements;
        this.trade = trade;
    }

    /** An engine with the built-in dictionaries. */
    public static ExtractionEngine create() {
        Normaliser normaliser = new Normaliser();
        TimeFinder times = new TimeFinder();
        return new ExtractionEngine(normaliser, new PublicationDateFinder(normaliser, times),
                new ArticleAnalyser(new SentenceSplitter(), new Tokenizer(), ActorResolver.shared(), times), EventCoder.create(),
                new AgreementCoder(), new TradeCoder());
    }

    @Override
    public Extraction extract(Document document) {
        Normalised normalised = normaliser.normaliseWithComments(document.text());
        String text = normalised.text();
        PublicationDate published = publicationDates.find(document, normalised);
        Article article = analyser.analyse(document.name(), text, published);
        // fact coders: events, agreements and trade are coded from the analysed article here; a reported signing is
        // one 057 event, made from its agreement fact
        AgreementCoding signed = agreements.code(article);
        return new Extraction(article.text(), published, signed.withSignings(events.code(article)),
                signed.agreements(), trade.code(article));
    }
}
