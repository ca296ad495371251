package org.entente.extraction.normalize;

/**
 * An article's normalised text together with the reader-comment section that normalisation removed from it.
 *
 * @param text     the normalised text, as {@link Normaliser#normalise} returns it
 * @param comments the reader-comment section, as {@link Normaliser#commentSection} returns it (empty when none)
 */
public record Normalised(String text, String comments) {
}
