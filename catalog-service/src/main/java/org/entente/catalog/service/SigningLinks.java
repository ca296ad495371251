package org.entente.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.catalog.model.Agreement;
import org.entente.catalog.model.AgreementMention;
import org.entente.catalog.model.CatalogEvent;
import org.entente.catalog.repository.AgreementMentionRepository;
import org.entente.catalog.repository.AgreementRepository;
import org.entente.catalog.repository.EventRepository;
import org.entente.catalog.service.merge.DatePrecision;
import org.entente.catalog.service.merge.PartialDate;

/**
 * Links each bilateral agreement to the event that reports its signing: a {@code 057} (sign formal agreement)
 * event between the same two parties, in either direction, whose date is compatible with the date of a
 * "signed" statement of the agreement. When several events qualify, the one compatible with the most signed
 * statements wins, then the one with the most precise date, the most mentions, and the lowest id.
 */
@ApplicationScoped
public class SigningLinks {

    private final AgreementRepository agreements;
    private final AgreementMentionRepository agreementMentions;
    private final EventRepository events;

    SigningLinks(AgreementRepository agreements, AgreementMentionRepository agreementMentions,
                 EventRepository events) {
        this.agreements = agreements;
        this.agreementMentions = agreementMentions;
        this.events = events;
    }

    /** Recomputes the links of every agreement between the two parties of a dyad. */
    public void refresh(String dyad) {
        refreshAll(List.of(dyad));
    }

    /**
     * Recomputes the links of every agreement between the two parties of each dyad; three queries whatever the
     * number of dyads.
     */
    public void refreshAll(Collection<String> dyads) {
        if (dyads.isEmpty()) {
            return;
        }
        List<Agreement> bilateral = agreements.byDyads(dyads);
        if (bilateral.isEmpty()) {
            return;
        }
        Map<String, List<CatalogEvent>> signingsByDyad = events.signingsOfDyads(dyads).stream()
                .collect(Collectors.groupingBy(event -> event.dyad));
        List<Long> ids = bilateral.stream().map(a -> a.id).toList();
        Map<Long, List<PartialDate>> signedDates = agreementMentions.byAgreementsAndStatus(ids, "signed").stream()
                .collect(Collectors.groupingBy(m -> m.agreementId,
                        Collectors.mapping(SigningLinks::date, Collectors.toList())));
        for (Agreement agreement : bilateral) {
            List<PartialDate> dates = signedDates.getOrDefault(agreement.id, List.of());
            agreement.signingEventId = signingsByDyad.getOrDefault(agreement.dyad, List.of()).stream()
                    .filter(event -> compatibleCount(event, dates) > 0)
                    .max(Comparator.<CatalogEvent>comparingLong(event -> compatibleCount(event, dates))
                            .thenComparingInt(SigningLinks::precisionRank)
                            .thenComparingInt(event -> event.mentionCount)
                            .thenComparing(Comparator.<CatalogEvent>comparingLong(event -> event.id).reversed()))
                    .map(event -> event.id)
                    .orElse(null);
        }
    }

    private static long compatibleCount(CatalogEvent event, List<PartialDate> signedDates) {
        PartialDate eventDate = event.date == null ? null : PartialDate.parse(event.date);
        return signedDates.stream().filter(date -> PartialDate.compatible(eventDate, date)).count();
    }

    private static int precisionRank(CatalogEvent event) {
        return event.datePrecision == null ? -1 : DatePrecision.fromWireName(event.datePrecision).ordinal();
    }

    private static PartialDate date(AgreementMention mention) {
        return mention.date == null ? null : PartialDate.parse(mention.date);
    }
}
