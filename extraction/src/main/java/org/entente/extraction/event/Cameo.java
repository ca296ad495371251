package org.entente.extraction.event;

/**
 * A CAMEO event code with what the code table says about it.
 *
 * @param code      two to four digits
 * @param quad      quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein Goldstein conflict-cooperation weight, -10 to +10
 * @param label     the code's name
 */
record Cameo(String code, int quad, double goldstein, String label) {

    /** The two-digit root ({@code 0234} → {@code 02}). */
    String root() {
        return code.substring(0, 2);
    }
}
