package org.entente.extraction.agreement;

import java.util.ArrayList;
import java.util.List;

import org.entente.extraction.Agreement;
import org.entente.extraction.Event;
import org.entente.extraction.Evidence;
import org.entente.extraction.text.Tsv;

/**
 * The {@code 057} (sign formal agreement) events of reported signings: one per pair of the agreement's parties,
 * with the agreement's date. The direction of a joint act is arbitrary; the state the text shows acting (a visitor,
 * the clause's subject, the first agent of a passive) is the source, else the alphabetically first. Quad class and
 * Goldstein weight come from the CAMEO table. Immutable and thread-safe.
 */
final class SigningEvents {

    /** CAMEO: sign formal agreement. */
    static final String SIGN = "057";

    private static final String CAMEO_TABLE = "/org/entente/extraction/event/cameo-codes.tsv";

    private final int quad;
    private final double goldstein;

    SigningEvents() {
        String[] row = Tsv.read(SigningEvents.class, CAMEO_TABLE, "code", "quad", "goldstein", "label").stream()
                .filter(r -> r[0].equals(SIGN)).findFirst()
                .orElseThrow(() -> new IllegalStateException(CAMEO_TABLE + " has no row for " + SIGN));
        this.quad = Integer.parseInt(row[1]);
        this.goldstein = Double.parseDouble(row[2]);
    }

    /**
     * The events of one signed agreement.
     *
     * @param agreement the agreement fact (status signed)
     * @param signers   the parties the text shows acting, in order (a visitor, the clause's subject, the agents of
     *                  a passive): of each pair the one ranked first is the source, else the alphabetically first
     * @param evidence  the statements that report the signing
     */
    List<Event> of(Agreement agreement, List<String> signers, List<Evidence> evidence) {
        List<String> parties = agreement.parties();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                String a = parties.get(i);
                String b = parties.get(j);
                boolean reversed = rank(signers, b) < rank(signers, a);
                events.add(new Event(reversed ? b : a, reversed ? a : b, SIGN, quad, goldstein, agreement.date(),
                        evidence, agreement.confidence(), agreement.actors()));
            }
        }
        return events;
    }

    private static int rank(List<String> signers, String code) {
        int k = signers.indexOf(code);
        return k < 0 ? Integer.MAX_VALUE : k;
    }
}
