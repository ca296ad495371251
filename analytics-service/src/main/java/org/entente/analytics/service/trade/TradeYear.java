package org.entente.analytics.service.trade;

import java.util.List;

/**
 * A pair's trade in one year. Values are US dollars; null where no figure is known.
 *
 * @param year        the year
 * @param aToB        exports from a to b
 * @param bToA        exports from b to a
 * @param balance     {@code aToB - bToA}, when both are known
 * @param total       two-way trade: {@code aToB + bToA} when both are known, else the stated two-way total
 * @param totalBasis  how {@code total} was obtained: {@code sum} or {@code stated}; null without a total
 * @param statedTotal the two-way total as stated by a source, when one is
 * @param growth      change of {@code total} from the year before, as a fraction (0.1 is 10 %), when both are known
 * @param basis       which figures are actual and which estimates
 * @param articles    the sources of each figure
 * @param conflicts   series whose sources disagree, with every claim
 */
public record TradeYear(int year, Double aToB, Double bToA, Double balance, Double total, String totalBasis,
                        Double statedTotal, Double growth, YearBasis basis, YearSources articles,
                        List<ConflictView> conflicts) {

    /** {@link #totalBasis()} when the total adds up the two directions. */
    public static final String TOTAL_SUM = "sum";
    /** {@link #totalBasis()} when the total is a stated two-way figure. */
    public static final String TOTAL_STATED = "stated";
}
