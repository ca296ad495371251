package org.entente.extraction;

import java.util.List;

/**
 * A CAMEO-coded interaction.
 *
 * @param source     actor, alpha-3 or {@code IGO}
 * @param target     acted on
 * @param cameo      CAMEO code (2 to 4 digits)
 * @param quad       quad class 1 to 4
 * @param goldstein  Goldstein weight of the code
 * @param date       the finest date the text supports, or null
 * @param evidence   every statement of the happening in the article, first one first
 * @param confidence 0 to 1
 * @param actors     how source and target were resolved
 */
public record Event(String source, String target, String cameo, int quad, double goldstein, FuzzyDate date,
                    List<Evidence> evidence, double confidence, List<ActorRef> actors) {
}
