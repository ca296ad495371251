package org.entente.analytics.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Pairs of real country codes, each used once per test JVM, so that tests sharing the servers never see each
 * other's facts (nor, on servers kept between runs, an earlier run's: pairs are drawn at random).
 */
public final class TestPairs {

    private static final List<String> CODES = new ArrayList<>(List.of(
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(String[]::new)));

    static {
        Collections.shuffle(CODES);
    }

    private TestPairs() {
    }

    /** Two codes no earlier call returned, alphabetically ordered. */
    public static synchronized Pair next() {
        String one = CODES.remove(CODES.size() - 1);
        String other = CODES.remove(CODES.size() - 1);
        return one.compareTo(other) < 0 ? new Pair(one, other) : new Pair(other, one);
    }

    /**
     * Two country codes.
     *
     * @param a the alphabetically first
     * @param b the second
     */
    public record Pair(String a, String b) {

        /** The pair's dyad key. */
        public String dyad() {
            return a + "-" + b;
        }
    }
}
