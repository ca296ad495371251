package org.entente.extraction;

/**
 * Where a fact is stated in the normalised text.
 *
 * @param quote         the words that state the fact, under 200 characters
 * @param sentence      the whole sentence
 * @param start         offset of the sentence's first character in {@link Extraction#text()}
 * @param end           offset just past the sentence's last character
 * @param sentenceIndex the sentence's position in the article, from 0
 */
public record Evidence(String quote, String sentence, int start, int end, int sentenceIndex) {
}
