package org.entente.catalog.service.merge;

import java.util.Comparator;

/**
 * What a mention says about an event beyond its directed country pair: the CAMEO code and the date. Two
 * signatures are compatible when they can describe the same event; compatible signatures are ordered by
 * generality, and a set of pairwise compatible signatures has a most specific common refinement, its
 * {@link #join join}, which is the event they describe.
 *
 * @param cameo the CAMEO code
 * @param date  the date, or null when the statement gives none
 */
public record EventSignature(String cameo, PartialDate date) {

    /** Most specific first (longer code plus finer date), then by code and date so that the order is total. */
    public static final Comparator<EventSignature> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt(EventSignature::specificity).reversed()
                    .thenComparing(EventSignature::cameo)
                    .thenComparing(EventSignature::date, Comparator.nullsFirst(PartialDate.CHRONOLOGICAL));

    /** True when both the codes and the dates are compatible. */
    public boolean compatibleWith(EventSignature other) {
        return CameoCode.compatible(cameo, other.cameo) && PartialDate.compatible(date, other.date);
    }

    /**
     * The most specific signature both describe: the longer code and the finer date. Only meaningful for
     * compatible signatures.
     */
    public EventSignature join(EventSignature other) {
        PartialDate finer = date == null ? null : date.finer(other.date);
        return new EventSignature(CameoCode.moreSpecific(cameo, other.cameo), finer);
    }

    /** Digits in the code plus the date's precision (year 1, month 2, day 3, none 0). */
    int specificity() {
        return cameo.length() + (date == null ? 0 : date.precision().ordinal() + 1);
    }
}
