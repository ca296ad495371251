package org.entente.analytics.service.stats;

/** The key of a pair of countries: the two codes sorted and joined with {@code -} ({@code IRQ-PAK}). */
public final class DyadKey {

    private DyadKey() {
    }

    public static String of(String one, String other) {
        return one.compareTo(other) <= 0 ? one + "-" + other : other + "-" + one;
    }
}
