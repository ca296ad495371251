package org.entente.analytics.service.trend;

import java.math.BigDecimal;

/**
 * A change of the Goldstein sum between two consecutive periods of a series.
 *
 * @param index  position of the later period in the series (the earlier one is {@code index - 1})
 * @param change the later period's Goldstein sum minus the earlier one's
 */
public record Shift(int index, BigDecimal change) {
}
