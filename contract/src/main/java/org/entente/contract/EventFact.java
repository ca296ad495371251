package org.entente.contract;

/**
 * A CAMEO-coded interaction between two states, or a state and an international organisation.
 *
 * @param source        actor, alpha-3 or {@code IGO}
 * @param target        acted on, alpha-3 or {@code IGO}
 * @param cameo         CAMEO code, 2 to 4 digits ({@code 042}, {@code 0312})
 * @param quad          quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein     Goldstein weight of the code, -10 to +10
 * @param date          {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null when the text gives none
 * @param datePrecision {@code day}, {@code month}, {@code year} or null
 */
public record EventFact(String source, String target, String cameo, int quad, double goldstein,
                        String date, String datePrecision) {
}
