package org.entente.catalog.repository;

/**
 * Which agreements to list; null fields do not filter.
 *
 * @param country     a party (alpha-3)
 * @param counterpart another party; only with {@code country}
 * @param dates       the range the current status date must lie in
 * @param type        the agreement type
 * @param domain      the domain
 * @param status      the current status
 * @param text        a web-style full-text query over the titles, quotes and sentences of the mentions
 */
public record AgreementFilter(String country, String counterpart, DateRange dates, String type, String domain,
                              String status, String text) {
}
