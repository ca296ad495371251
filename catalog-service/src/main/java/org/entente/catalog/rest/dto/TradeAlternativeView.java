package org.entente.catalog.rest.dto;

import java.util.List;

/**
 * Another figure stated for the same flow.
 *
 * @param id           its catalog id
 * @param valueUsd     its value in US dollars
 * @param amount       the amount as stated
 * @param currency     the stated amount's currency
 * @param mentionCount how many claims state it
 * @param articles     the articles that state it
 */
public record TradeAlternativeView(long id, Double valueUsd, Double amount, String currency, int mentionCount,
                                   List<String> articles) {
}
