package org.entente.extraction.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.extraction.Agreement;
import org.entente.extraction.Event;

/**
 * What the agreement coder finds in one article.
 *
 * @param agreements the agreement status facts, one per agreement and status
 * @param signings   the {@code 057} (sign formal agreement) events of the signings the text reports ("signed",
 *                   "inked", "concluded"): one per signed agreement and pair of its parties, dated as the agreement
 */
public record AgreementCoding(List<Agreement> agreements, List<Event> signings) {

    public AgreementCoding {
        agreements = List.copyOf(agreements);
        signings = List.copyOf(signings);
    }

    /**
     * Another coder's events with these signings in place of its own {@code 057} events between states that an
     * agreement of this article binds, so that each reported signing is exactly one {@code 057} event per pair of
     * parties, tied to its agreement fact. A {@code 057} event between states no agreement here binds (a signed
     * joint statement, say) is kept.
     */
    public List<Event> withSignings(List<Event> coded) {
        Set<String> bound = new HashSet<>();
        for (Agreement a : agreements) {
            for (int i = 0; i < a.parties().size(); i++) {
                for (int j = i + 1; j < a.parties().size(); j++) {
                    bound.add(a.parties().get(i) + "-" + a.parties().get(j));
                }
            }
        }
        List<Event> out = new ArrayList<>(coded.size() + signings.size());
        for (Event e : coded) {
            boolean restated = e.cameo().equals(SigningEvents.SIGN) && bound.contains(pair(e));
            if (!restated) {
                out.add(e);
            }
        }
        out.addAll(signings);
        return out;
    }

    private static String pair(Event e) {
        return e.source().compareTo(e.target()) <= 0 ? e.source() + "-" + e.target() : e.target() + "-" + e.source();
    }
}
