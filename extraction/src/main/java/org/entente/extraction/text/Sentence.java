package org.entente.extraction.text;

/**
 * A sentence, heading or list item of the normalised text.
 *
 * @param index     position among the article's sentences, from 0
 * @param start     offset of the first character in the normalised text
 * @param end       offset just past the last character (after closing quotes and brackets)
 * @param text      the characters, {@code normalisedText.substring(start, end)}
 * @param paragraph position of its paragraph (a block between blank lines), from 0
 * @param heading   whether it is a line standing alone without sentence punctuation: a title, heading, label or
 *                  byline rather than prose
 */
public record Sentence(int index, int start, int end, String text, int paragraph, boolean heading) {

    /** Number of characters. */
    public int length() {
        return end - start;
    }
}
