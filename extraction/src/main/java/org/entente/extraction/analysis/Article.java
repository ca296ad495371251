package org.entente.extraction.analysis;

import java.util.List;

import org.entente.extraction.PublicationDate;
import org.entente.extraction.actor.DocumentActors;

/**
 * An article after the text stages: its normalised text, publication date, sentences with their actors and times,
 * and the document's actor memory (main pair, counts). The input of every fact coder.
 *
 * @param name      the document's name
 * @param text      the normalised text; all offsets refer to it
 * @param published the publication date used to resolve relative dates, and how it was found
 * @param sentences the sentences in text order
 * @param actors    the document's actors (main pair for "the two countries", last state for "the country")
 */
public record Article(String name, String text, PublicationDate published, List<AnalysedSentence> sentences,
                      DocumentActors actors) {

    public Article {
        sentences = List.copyOf(sentences);
    }
}
