package org.entente.analytics.service.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of derived figures (means, indexes, rates) so that answers are stable and readable. */
public final class Decimals {

    /** Decimal places of every derived figure the API returns. */
    public static final int PLACES = 4;

    private Decimals() {
    }

    /** {@code value} rounded half-up to {@link #PLACES} places, or null for null. */
    public static Double round(Double value) {
        if (value == null) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(PLACES, RoundingMode.HALF_UP).doubleValue();
    }
}
