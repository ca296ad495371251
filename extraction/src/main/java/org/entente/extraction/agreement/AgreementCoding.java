package org.entente.extraction.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.extraction.Agreement;
import org.entente.extraction.Event;
import org.entente.extraction.Evidence;

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
        for (Event signing : signings) {
            out.add(signing.date() != null ? signing : datedBy(signing, coded));
        }
        return out;
    }

    /**
     * An undated signing with the date the event coder gave the same pair's {@code 057} event in a sentence that
     * reports the signing ("... signed the Customs Protocol (EACP) at Arusha on 2 March 2004"): the event coder
     * reads the verb's own time, which the agreement's phrase may have hidden from the agreement coder. Only an
     * event stated in that sentence alone counts.
     */
    private static Event datedBy(Event signing, List<Event> coded) {
        for (Event e : coded) {
            if (e.date() != null && e.cameo().equals(SigningEvents.SIGN) && pair(e).equals(pair(signing))
                    && readFromSigningSentence(e, signing)) {
                return new Event(signing.source(), signing.target(), signing.cameo(), signing.quad(),
                        signing.goldstein(), e.date(), signing.evidence(), signing.confidence(), signing.actors());
            }
        }
        return signing;
    }

    /**
     * Whether the event was read from one sentence only, one that reports the signing: an event merged from several
     * statements may have its date from another sentence.
     */
    private static boolean readFromSigningSentence(Event e, Event signing) {
        if (e.evidence().size() != 1) {
            return false;
        }
        int sentence = e.evidence().get(0).sentenceIndex();
        return signing.evidence().stream().anyMatch(y -> y.sentenceIndex() == sentence);
    }

    private static String pair(Event e) {
        return e.source().compareTo(e.target()) <= 0 ? e.source() + "-" + e.target() : e.target() + "-" + e.source();
    }
}
