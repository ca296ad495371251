package org.entente.extraction.event;

import java.util.List;

import org.entente.extraction.Event;
import org.entente.extraction.FuzzyDate;
import org.entente.extraction.PublicationDate;
import org.entente.extraction.actor.ActorResolver;
import org.entente.extraction.analysis.ArticleAnalyser;
import org.entente.extraction.normalize.Normaliser;
import org.entente.extraction.text.SentenceSplitter;
import org.entente.extraction.text.Tokenizer;
import org.entente.extraction.time.TimeFinder;

/**
 * Test helper: the events the coder finds in a text, each as {@code SOURCE→TARGET CODE DATE} ("IND→CHN 042 2019-10",
 * "TUR→GRC 111 -" when undated), so a test reads like the facts it expects.
 */
final class Coded {

    private static final EventCoder CODER = EventCoder.create();
    private static final Normaliser NORMALISER = new Normaliser();
    private static final ArticleAnalyser ANALYSER =
            new ArticleAnalyser(new SentenceSplitter(), new Tokenizer(), ActorResolver.shared(), new TimeFinder());

    private Coded() {
    }

    /** The events of a text without a publication date. */
    static List<String> events(String text) {
        return format(code(text, null));
    }

    /** The events of a text published on {@code published} (yyyy-mm-dd). */
    static List<String> events(String text, String published) {
        return format(code(text, published));
    }

    /** The events themselves, for tests of evidence, confidence and actors. */
    static List<Event> code(String text, String published) {
        PublicationDate date = PublicationDate.none();
        if (published != null) {
            String[] p = published.split("-");
            date = new PublicationDate(FuzzyDate.ofDay(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                    Integer.parseInt(p[2])), "request", null);
        }
        String normalised = NORMALISER.normalise(text);
        return CODER.code(ANALYSER.analyse("test", normalised, date));
    }

    static String format(Event e) {
        return e.source() + "→" + e.target() + " " + e.cameo() + " " + (e.date() == null ? "-" : e.date().iso());
    }

    private static List<String> format(List<Event> events) {
        return events.stream().map(Coded::format).toList();
    }
}
