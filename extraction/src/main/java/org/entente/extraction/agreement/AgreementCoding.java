package org.entente.extraction.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.extraction.Agreement;
import org.entente.extraction.Event;
import org.entente.extraction.Evidence;
import org.entente.extraction.FuzzyDate;

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
        int firstSigning = out.size();
        for (Event signing : signings) {
            Event dated = signing.date() != null ? signing : datedBy(signing, coded);
            int same = sameSigning(out, firstSigning, dated);
            if (same < 0) {
                out.add(dated);
            } else {
                out.set(same, withEvidenceOf(out.get(same), dated));
            }
        }
        return out;
    }

    /**
     * The position among the signings already placed (from {@code from} on) of one that is the same happening as
     * {@code signing}: the same pair signing on the same day, or on the same date told in the same sentence ("the
     * treaty, signed on 22 June 1965 together with an agreement on claims"; "the leaders signed the declaration"
     * twice told): several agreements signed at one ceremony are one act of signing. -1 when there is none.
     */
    private static int sameSigning(List<Event> placed, int from, Event signing) {
        if (signing.date() == null) {
            return -1;
        }
        for (int i = from; i < placed.size(); i++) {
            Event other = placed.get(i);
            boolean sameDay = signing.date().equals(other.date())
                    && signing.date().precision() == FuzzyDate.Precision.DAY;
            boolean sameSentence = signing.date().equals(other.date()) && other.evidence().stream()
                    .anyMatch(a -> signing.evidence().stream().anyMatch(b -> a.sentenceIndex() == b.sentenceIndex()));
            if (pair(other).equals(pair(signing)) && (sameDay || sameSentence)) {
                return i;
            }
        }
        return -1;
    }

    private static Event withEvidenceOf(Event kept, Event restated) {
        List<Evidence> evidence = new ArrayList<>(kept.evidence());
        for (Evidence e : restated.evidence()) {
            if (!evidence.contains(e)) {
                evidence.add(e);
            }
        }
        return new Event(kept.source(), kept.target(), kept.cameo(), kept.quad(), kept.goldstein(), kept.date(),
                evidence, Math.max(kept.confidence(), restated.confidence()), kept.actors());
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
