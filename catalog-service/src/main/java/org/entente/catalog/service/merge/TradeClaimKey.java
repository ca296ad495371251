package org.entente.catalog.service.merge;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Keys that decide which trade claims state the same figure and which ones disagree.
 *
 * <p>A claim's <em>flow key</em> names what the figure measures: exporter, importer, flow, year, basis and
 * product. Its <em>value key</em> is the figure rounded to three significant digits ("$66.2 million" and
 * "$66.24 million" agree; "$1.5 billion" and "$1.6 billion" do not), in US dollars when the claim has a dollar
 * value, otherwise in the stated currency. Claims with the same flow key and value key are one figure backed by
 * several sources; different value keys under one flow key are figures that contradict each other.
 */
public final class TradeClaimKey {

    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);

    private TradeClaimKey() {
    }

    /** The flow key; a missing year or product is written as {@code -}. */
    public static String flowKey(String exporter, String importer, String flow, Integer year, String basis,
                                 String product) {
        return String.join("|", exporter, importer, flow, year == null ? "-" : year.toString(), basis,
                normalisedProduct(product));
    }

    /**
     * The value key.
     *
     * @throws IllegalArgumentException when the claim has neither a dollar value nor a stated amount and currency
     */
    public static String valueKey(Double valueUsd, Double amount, String currency) {
        if (valueUsd != null) {
            return "USD " + rounded(valueUsd);
        }
        if (amount != null && currency != null) {
            return currency + " " + rounded(amount);
        }
        throw new IllegalArgumentException("a trade claim needs a dollar value or an amount and its currency");
    }

    /**
     * Whether figures that differ under one flow key contradict each other: only actual figures for a known
     * year do. Estimates and targets differ by nature, and a figure without a year ("per year") may be from any
     * year.
     */
    public static boolean canConflict(String basis, Integer year) {
        return "actual".equals(basis) && year != null;
    }

    /** The product as compared: lower case, single spaces; {@code -} for all goods. */
    public static String normalisedProduct(String product) {
        if (product == null || product.isBlank()) {
            return "-";
        }
        return product.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String rounded(double value) {
        return BigDecimal.valueOf(value).round(THREE_DIGITS).stripTrailingZeros().toPlainString();
    }
}
