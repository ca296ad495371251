package org.entente.catalog.rest.dto;

import java.time.Instant;
import java.util.List;

/**
 * A trade figure: one value for one flow, with the sources that state it and the other values stated for the
 * same flow.
 *
 * @param id             catalog id
 * @param exporter       alpha-3; for a total, the alphabetically first party
 * @param importer       alpha-3; for a total, the second party
 * @param dyad           the two parties sorted and joined with {@code -}
 * @param flow           export or total
 * @param year           the year the figure is for, or null
 * @param valueUsd       the value in US dollars, or null when stated in another currency without a known rate
 * @param amount         the amount as stated
 * @param currency       the stated amount's currency
 * @param basis          actual, estimate or target
 * @param product        the product or sector, or null for all goods
 * @param conflict       true when other sources state a different actual figure for the same flow and year
 * @param conflictsWith  the other figures stated for the same flow (empty unless {@code conflict})
 * @param mentionCount   how many claims state this figure
 * @param articles       the distinct articles that state it, sorted
 * @param sources        the claims that state it
 * @param firstReported  when the first claim was extracted
 * @param lastReported   when the latest claim was extracted
 * @param version        increases with every published change
 */
public record TradeView(long id, String exporter, String importer, String dyad, String flow, Integer year,
                        Double valueUsd, Double amount, String currency, String basis, String product,
                        boolean conflict, List<TradeAlternativeView> conflictsWith, int mentionCount,
                        List<String> articles, List<TradeSourceView> sources, Instant firstReported,
                        Instant lastReported, long version) {
}
