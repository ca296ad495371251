package org.entente.analytics.service.trend;

import java.util.List;

/**
 * An event behind a shift.
 *
 * @param id        the catalog's entity id
 * @param period    the period it is counted in
 * @param date      its date at its precision
 * @param source    who acted
 * @param target    on whom
 * @param cameo     CAMEO code
 * @param quad      quad class
 * @param goldstein Goldstein weight
 * @param articles  ids of the articles that report it
 */
public record EventView(String id, String period, String date, String source, String target, String cameo, int quad,
                        double goldstein, List<String> articles) {
}
