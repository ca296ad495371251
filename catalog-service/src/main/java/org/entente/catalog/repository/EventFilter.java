package org.entente.catalog.repository;

/**
 * Which events to list; null fields do not filter.
 *
 * @param country     a party, source or target (alpha-3)
 * @param counterpart the other party; only with {@code country}
 * @param dates       the date range
 * @param cameo       a CAMEO code or prefix of 2 to 4 digits; events whose code starts with it match
 * @param quad        the quad class, 1 to 4
 * @param text        a web-style full-text query over the mentions' quotes and sentences
 */
public record EventFilter(String country, String counterpart, DateRange dates, String cameo, Integer quad,
                          String text) {
}
