package org.entente.extraction;

/**
 * The publication date used to resolve relative dates.
 *
 * @param date    the date, or null when none is known
 * @param foundBy how it was found: {@code request}, {@code metadata}, {@code dateline}, {@code byline},
 *                {@code copyright}, {@code comment} or {@code none}
 * @param quote   the text it was read from, or null
 */
public record PublicationDate(FuzzyDate date, String foundBy, String quote) {

    public static PublicationDate none() {
        return new PublicationDate(null, "none", null);
    }
}
