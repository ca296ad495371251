package org.entente.analytics.service.trade;

import java.util.List;

/**
 * A stated trade goal beside the latest figure it can be compared with.
 *
 * @param entityId     the catalog's entity id
 * @param series       what the goal is for: {@code total} (two-way), {@code aToB} or {@code bToA}
 * @param year         the year the goal is set for, or null when the source gives none
 * @param valueUsd     the goal in US dollars
 * @param articles     ids of the articles that state it
 * @param latestActual the latest known figure of the same series in the answer's years, or null
 * @param progress     {@code latestActual / valueUsd}, when both are known
 */
public record TargetView(String entityId, String series, Integer year, double valueUsd, List<String> articles,
                         LatestFigure latestActual, Double progress) {
}
