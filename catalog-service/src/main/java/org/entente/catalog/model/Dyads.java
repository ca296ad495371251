package org.entente.catalog.model;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** The dyad of a set of parties: their codes sorted and joined with {@code -} ({@code IRQ-PAK}). */
public final class Dyads {

    private Dyads() {
    }

    /** The dyad of two parties, in either order. */
    public static String of(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    /** The dyad of any number of parties; duplicates count once. */
    public static String of(Collection<String> parties) {
        return String.join("-", sortedParties(parties));
    }

    /** The parties sorted, without duplicates. */
    public static List<String> sortedParties(Collection<String> parties) {
        return parties.stream().distinct().sorted().toList();
    }

    /** The parties named by a dyad. */
    public static List<String> parties(String dyad) {
        return Stream.of(dyad.split("-")).toList();
    }
}
