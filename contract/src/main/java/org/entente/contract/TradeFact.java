package org.entente.contract;

/**
 * A stated trade figure.
 *
 * @param exporter       alpha-3; for a two-way total, the alphabetically first party
 * @param importer       alpha-3; for a two-way total, the alphabetically second party
 * @param flow           {@code export} (exporter to importer) or {@code total} (both ways)
 * @param year           the year the figure is for, or null ("per year", "current")
 * @param valueUsd       value in US dollars, or null when the text gives another currency with no known rate
 * @param amount         the amount as stated, in {@code currency}
 * @param currency       ISO 4217 code of the stated amount ({@code USD}, {@code PKR}, ...)
 * @param basis          {@code actual}, {@code estimate} or {@code target}
 * @param product        the product or sector as the text names it, or null for all goods
 */
public record TradeFact(String exporter, String importer, String flow, Integer year, Double valueUsd,
                        Double amount, String currency, String basis, String product) {
}
