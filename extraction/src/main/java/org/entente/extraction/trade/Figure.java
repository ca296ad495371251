package org.entente.extraction.trade;

import java.util.List;

import org.entente.extraction.analysis.SentenceTokens.StateSpan;

/**
 * A trade figure read from one sentence, before the article fills in a year it leaves implicit.
 *
 * @param exporter   alpha-3 of the exporter, or for a total the alphabetically first party
 * @param importer   alpha-3 of the importer, or for a total the alphabetically second party
 * @param flow       {@code export} or {@code total}
 * @param year       the year the sentence gives the figure, or null
 * @param yearless   whether the figure has no year by its own words ("per year", "currently", a target without
 *                   one), so that it takes none from the sentences before it
 * @param amount     the amount as stated (a range's low end)
 * @param currency   ISO 4217 code of the amount
 * @param valueUsd   the value in US dollars, or null when the text gives no dollar value
 * @param basis      {@code actual}, {@code estimate} or {@code target}
 * @param product    the product or sector as named, or null
 * @param explicit   whether the sentence names both sides itself
 * @param owner      the state whose trade the sentence tells: the subject or possessor of the trade word
 *                   ("India imported", "India's exports"), or null
 * @param quote      the words that state it
 * @param parties    the state mentions of the sentence behind the exporter and importer, for the fact's actors
 */
record Figure(String exporter, String importer, String flow, Integer year, boolean yearless, double amount,
              String currency, Double valueUsd, String basis, String product, boolean explicit, String owner,
              String quote, List<StateSpan> parties) {

    /** This figure with the year it takes from the sentences before it. */
    Figure withYear(Integer newYear) {
        return new Figure(exporter, importer, flow, newYear, yearless, amount, currency, valueUsd, basis, product,
                explicit, owner, quote, parties);
    }

    /** This figure with its value in US dollars. */
    Figure withValueUsd(Double newValueUsd) {
        return new Figure(exporter, importer, flow, year, yearless, amount, currency, newValueUsd, basis, product,
                explicit, owner, quote, parties);
    }
}
