package org.entente.analytics.service.trade;

import java.util.List;

/**
 * The articles behind each figure of a year (empty where there is no figure).
 *
 * @param aToB        the a-to-b exports
 * @param bToA        the b-to-a exports
 * @param statedTotal the stated two-way total
 */
public record YearSources(List<String> aToB, List<String> bToA, List<String> statedTotal) {
}
