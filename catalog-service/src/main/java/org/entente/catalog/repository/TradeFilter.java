package org.entente.catalog.repository;

/**
 * Which trade figures to list; null fields do not filter.
 *
 * @param country     exporter or importer (alpha-3)
 * @param counterpart the other party; only with {@code country}
 * @param dates       the range the figure's year must lie in
 * @param flow        {@code export} or {@code total}
 * @param basis       {@code actual}, {@code estimate} or {@code target}
 * @param conflict    only conflicting (true) or only undisputed (false) figures
 * @param text        a web-style full-text query over the mentions' quotes and sentences
 */
public record TradeFilter(String country, String counterpart, DateRange dates, String flow, String basis,
                          Boolean conflict, String text) {
}
