package org.entente.extraction.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.PublicationDate;
import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.actor.ActorResolver;
import org.entente.extraction.text.SentenceSplitter;
import org.entente.extraction.text.Tokenizer;
import org.entente.extraction.time.TimeFinder;
import org.junit.jupiter.api.Test;

class ArticleAnalyserTest {

    private final ArticleAnalyser analyser =
            new ArticleAnalyser(new SentenceSplitter(), new Tokenizer(), ActorResolver.shared(), new TimeFinder());

    private static final String TEXT = "In 2014, India and China held talks in Beijing. They agreed to meet again.\n\n"
            + "Last year, Tokyo hosted the summit. Seoul did not attend.";

    @Test
    void eachSentenceGetsItsOwnActors() {
        Article a = analyser.analyse("t", TEXT, PublicationDate.none());
        assertThat(a.sentences()).hasSize(4);
        assertThat(a.sentences().get(0).actors()).extracting(ActorMention::code).contains("IND", "CHN");
        assertThat(a.sentences().get(1).actors()).noneMatch(ActorMention::isState);
        assertThat(a.sentences().get(2).actors()).extracting(ActorMention::code).containsExactly("JPN");
        assertThat(a.sentences().get(3).actors()).extracting(ActorMention::code).containsExactly("KOR");
    }

    @Test
    void datesOfEarlierSentencesOfTheParagraphAreOfferedAsContext() {
        Article a = analyser.analyse("t", TEXT, PublicationDate.none());
        assertThat(a.sentences().get(0).paragraphDate()).isNull();
        assertThat(a.sentences().get(1).paragraphDate()).isEqualTo(FuzzyDate.ofYear(2014));
        assertThat(a.sentences().get(2).paragraphDate()).as("a new paragraph starts without context").isNull();
        assertThat(a.sentences().get(2).documentDate()).isEqualTo(FuzzyDate.ofYear(2014));
    }

    @Test
    void relativeDatesResolveAgainstTheTimeOfWriting() {
        Article a = analyser.analyse("t", TEXT,
                new PublicationDate(FuzzyDate.ofDay(2023, 5, 2), "request", null));
        assertThat(a.sentences().get(2).times()).anySatisfy(t -> assertThat(t.date()).isEqualTo(FuzzyDate.ofYear(2022)));
    }
}
