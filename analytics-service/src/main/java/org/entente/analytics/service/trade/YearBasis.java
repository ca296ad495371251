package org.entente.analytics.service.trade;

/**
 * Whether each figure of a year is {@code actual} or {@code estimate} (null where there is no figure).
 *
 * @param aToB        the a-to-b exports
 * @param bToA        the b-to-a exports
 * @param statedTotal the stated two-way total
 * @param total       the total used: {@code estimate} when any figure it is made of is one
 */
public record YearBasis(String aToB, String bToA, String statedTotal, String total) {
}
