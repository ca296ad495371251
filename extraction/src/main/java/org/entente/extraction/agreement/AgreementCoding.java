package org.entente.extraction.agreement;

import java.util.List;

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
}
