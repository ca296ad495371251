package org.entente.extraction.money;

/**
 * An amount of money in the normalised text.
 *
 * @param start    offset of the first character of the amount (after any hedge) in the normalised text
 * @param end      offset just past its last character
 * @param text     the amount as written, {@code text.substring(start, end)}
 * @param amount   the value in units of {@code currency} ({@code $ 66.2 million} → 66 200 000); for a range its low end
 * @param high     the high end of a range ({@code $1-2 billion} → 2 000 000 000), or null
 * @param currency ISO 4217 code
 * @param hedged   whether a hedge came before it ({@code around}, {@code over}, {@code up to} ...)
 * @param hedge    the hedge, lower case, or null
 * @param usd      the value in US dollars when the currency is USD, else null (no exchange rates are assumed)
 */
public record MoneyMention(int start, int end, String text, double amount, Double high, String currency,
                           boolean hedged, String hedge, Double usd) {

    /** Whether it is a range ({@code $1-2 billion}, {@code between $1 and 2 billion}). */
    public boolean isRange() {
        return high != null;
    }
}
