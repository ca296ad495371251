package org.entente.extraction.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.extraction.text.Sentence;
import org.entente.extraction.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** Whole documents with several artefacts at once, read through the sentence splitter as the engine reads them. */
class NormaliserDocumentTest {

    private final Normaliser normaliser = new Normaliser();
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String raw) {
        return splitter.split(normaliser.normalise(raw)).stream().map(Sentence::text).toList();
    }

    @Test
    void aPdfConvertedPaperReadsAsCleanSentences() {
        String raw = """
                Horn of Africa Policy Institute

                Kenya and Ethiopia: a partnership in the mak-
                ing

                Horn of Africa Policy Institute

                Kenya and Ethiopia signed a defence coopera-
                tion agreement in Nairobi in March 2019.¹ The
                agreement covers training and intelligence
                sharing.² Trade between the two countries rose to
                $ 1.2 billion in 2021, according to the central bank of

                1. <https://example.org/kenya-ethiopia-defence>

                2. https://example.org/intelligence

                * Senior fellow at the institute.

                12

                Horn of Africa Policy Institute

                Kenya.³ Both sides plan a new railway link [4] by 2030.
                """;
        assertThat(sentences(raw)).containsExactly(
                "Horn of Africa Policy Institute",
                "Kenya and Ethiopia: a partnership in the making",
                "Kenya and Ethiopia signed a defence cooperation agreement in Nairobi in March 2019.",
                "The agreement covers training and intelligence sharing.",
                "Trade between the two countries rose to $ 1.2 billion in 2021, according to the central bank of Kenya.",
                "Both sides plan a new railway link by 2030.");
    }

    @Test
    void aNewsPageWithSharingWidgetsAndCommentsReadsAsItsArticle() {
        String raw = """
                Chile and Peru sign fisheries pact
                Share this article
                Short Url

                By Ana Ruiz | May 2, 2023

                LIMA, May 2 (Reuters) - Chile and Peru signed a fisheries pact on Tuesday, officials said. \
                The deal caps anchovy catches.

                Twitter: @anaruiz

                2 comments

                May 3, 2023 at 9:12 am
                Good news for fishermen!

                Leave a Reply
                """;
        assertThat(sentences(raw)).containsExactly(
                "Chile and Peru sign fisheries pact",
                "By Ana Ruiz | May 2, 2023",
                "LIMA, May 2 (Reuters) - Chile and Peru signed a fisheries pact on Tuesday, officials said.",
                "The deal caps anchovy catches.");
    }
}
