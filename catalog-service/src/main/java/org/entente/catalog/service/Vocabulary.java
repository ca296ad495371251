package org.entente.catalog.service;

import java.util.Set;

/** The closed vocabularies of the fact contract (see {@code org.entente.contract}). */
public final class Vocabulary {

    /** Agreement types. */
    public static final Set<String> AGREEMENT_TYPES =
            Set.of("treaty", "pact", "mou", "contract", "protocol", "agreement");

    /** Agreement domains. */
    public static final Set<String> DOMAINS = Set.of("defence", "security", "diplomacy", "trade", "energy",
            "tourism", "culture", "maritime", "economy", "education", "other");

    /** Trade flows: one way ({@code export}) or both ways ({@code total}). */
    public static final Set<String> FLOWS = Set.of("export", "total");

    /** What a trade figure is: a fact, a hedged figure, or a goal. */
    public static final Set<String> BASES = Set.of("actual", "estimate", "target");

    private Vocabulary() {
    }
}
