package org.entente.catalog.rest.dto;

import java.time.Instant;
import java.util.List;

/**
 * A catalog event: one real-world event, merged from every mention that reports it.
 *
 * @param id            catalog id
 * @param source        actor, alpha-3 or IGO
 * @param target        acted on
 * @param dyad          the two parties sorted and joined with {@code -}
 * @param cameo         the most specific CAMEO code the mentions agree on
 * @param quad          quad class, 1 to 4
 * @param goldstein     Goldstein weight
 * @param date          the most precise date the mentions agree on, or null
 * @param datePrecision {@code day}, {@code month}, {@code year} or null
 * @param mentionCount  how many statements report it
 * @param articles      the distinct articles that report it, sorted
 * @param firstReported when the first mention was extracted
 * @param lastReported  when the latest mention was extracted
 * @param version       increases with every published change
 */
public record EventView(long id, String source, String target, String dyad, String cameo, int quad,
                        double goldstein, String date, String datePrecision, int mentionCount, List<String> articles,
                        Instant firstReported, Instant lastReported, long version) {
}
