package org.entente.catalog.rest.dto;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * An article with the facts it states: the fields of {@link ArticleView} plus {@code events}, {@code agreements}
 * and {@code trade}, each in sentence order and linked to the catalog entry it contributes to.
 *
 * @param article    the article
 * @param events     its event statements
 * @param agreements its agreement status statements
 * @param trade      its trade claims
 */
public record ArticleDetails(@JsonUnwrapped ArticleView article, List<ArticleEventView> events,
                             List<ArticleAgreementView> agreements, List<ArticleTradeView> trade) {
}
