package org.entente.extraction;

import java.util.List;

/**
 * A stated trade figure.
 *
 * @param exporter   alpha-3; for a two-way total the alphabetically first party
 * @param importer   alpha-3; for a two-way total the alphabetically second party
 * @param flow       {@code export} or {@code total}
 * @param year       the year the figure is for (fiscal and Iranian years as the year they start), or null
 * @param valueUsd   value in US dollars, or null when the currency has no known rate
 * @param amount     the amount as stated
 * @param currency   ISO 4217 code of the stated amount
 * @param basis      {@code actual}, {@code estimate} or {@code target}
 * @param product    product or sector as named, or null for all goods
 * @param evidence   statements of it, first one first
 * @param confidence 0 to 1
 * @param actors     how the parties were resolved
 */
public record TradeFigure(String exporter, String importer, String flow, Integer year, Double valueUsd,
                          double amount, String currency, String basis, String product,
                          List<Evidence> evidence, double confidence, List<ActorRef> actors) {
}
