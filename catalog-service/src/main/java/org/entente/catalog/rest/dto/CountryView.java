package org.entente.catalog.rest.dto;

/**
 * A country (or IGO) with facts in the catalog.
 *
 * @param code         alpha-3 code
 * @param name         English name, when known
 * @param events       events it is a party of
 * @param agreements   agreements it is a party of
 * @param trade        trade figures it is exporter or importer of
 * @param counterparts how many other countries it has facts with
 */
public record CountryView(String code, String name, long events, long agreements, long trade, long counterparts) {
}
