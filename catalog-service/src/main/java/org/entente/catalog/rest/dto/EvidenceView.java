package org.entente.catalog.rest.dto;

/**
 * Where an article states a fact.
 *
 * @param quote         the words that state it
 * @param sentence      the whole sentence
 * @param start         offset of the sentence's first character in the article's normalised text
 * @param end           offset just past its last character
 * @param sentenceIndex the sentence's position in the article, from 0
 */
public record EvidenceView(String quote, String sentence, int start, int end, int sentenceIndex) {
}
