package org.entente.extraction.money;

import java.util.HashMap;
import java.util.Map;

import org.entente.extraction.text.Tsv;

/**
 * Annual average exchange rates against the US dollar ({@code usd-rates.tsv}): the value in dollars of an amount in
 * another currency at the average rate of a given year, as the gold files convert figures ("6 billion euros" in
 * 2022 at 1.053 → $6.318 billion). A currency or year without a published average gives no value; nothing is
 * interpolated.
 *
 * <p>Immutable and shared; loaded once.
 */
public final class ExchangeRates {

    private static final class Holder {
        static final ExchangeRates STANDARD = load();
    }

    /** US dollars per unit, by currency and year. */
    private final Map<String, Map<Integer, Double>> usdPerUnit;

    private ExchangeRates(Map<String, Map<Integer, Double>> usdPerUnit) {
        this.usdPerUnit = Map.copyOf(usdPerUnit);
    }

    /** The built-in rates. */
    public static ExchangeRates standard() {
        return Holder.STANDARD;
    }

    /**
     * The value in US dollars of {@code amount} of {@code currency} at the average rate of {@code year}: the amount
     * itself for US dollars, else rounded to whole dollars; null when the year is unknown or the rate of that year is
     * not listed.
     */
    public Double toUsd(double amount, String currency, Integer year) {
        if ("USD".equals(currency)) {
            return amount;
        }
        if (year == null) {
            return null;
        }
        Double rate = usdPerUnit.getOrDefault(currency, Map.of()).get(year);
        return rate == null ? null : (double) Math.round(AmountReader.times(amount, rate));
    }

    private static ExchangeRates load() {
        Map<String, Map<Integer, Double>> rates = new HashMap<>();
        for (String[] row : Tsv.read(ExchangeRates.class, "usd-rates.tsv", "currency", "year", "rate", "quote",
                "source")) {
            double rate = Double.parseDouble(row[2]);
            double usdPerUnit = switch (row[3]) {
                case "usd" -> rate;
                case "unit" -> 1 / rate;
                default -> throw new IllegalStateException("usd-rates.tsv: quote must be usd or unit: " + row[3]);
            };
            String[] years = row[1].split("-");
            int first = Integer.parseInt(years[0]);
            int last = years.length > 1 ? Integer.parseInt(years[1]) : first;
            Map<Integer, Double> byYear = rates.computeIfAbsent(row[0], c -> new HashMap<>());
            for (int year = first; year <= last; year++) {
                if (byYear.put(year, usdPerUnit) != null) {
                    throw new IllegalStateException("usd-rates.tsv: two rates for " + row[0] + " " + year);
                }
            }
        }
        rates.replaceAll((currency, byYear) -> Map.copyOf(byYear));
        return new ExchangeRates(rates);
    }
}
