package org.entente.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.catalog.repository.SigningLinkRepository;
import org.entente.catalog.repository.SigningLinkRepository.SignedStatement;
import org.entente.catalog.repository.SigningLinkRepository.SigningEvent;
import org.entente.catalog.repository.SigningLinkRepository.SigningYear;
import org.entente.catalog.service.merge.DatePrecision;
import org.entente.catalog.service.merge.PartialDate;

/**
 * Links each bilateral agreement to the event that reports its signing: a {@code 057} (sign formal agreement)
 * event between the same two parties, in either direction, whose date is compatible with the date of a
 * "signed" statement of the agreement. When several events qualify, the one compatible with the most signed
 * statements wins, then the one with the most precise date, the most mentions, and the lowest id.
 *
 * <p>A link depends only on the agreement's signed statements and on the signing events of its dyad in the years
 * of those statements (dates of different years are never compatible). So after a change only the agreements whose
 * statements changed, and those with a signed statement in a dyad and year whose signing events changed, are
 * linked again: the work per change does not grow with the number of agreements a dyad has.
 */
@ApplicationScoped
public class SigningLinks {

    private final SigningLinkRepository repository;

    SigningLinks(SigningLinkRepository repository) {
        this.repository = repository;
    }

    /** Links again every agreement between the two parties of a dyad. */
    public void refresh(String dyad) {
        relink(repository.agreementsOfDyad(dyad));
    }

    /**
     * Links again the agreements that a change can have affected.
     *
     * @param agreementMergeKeys the merge keys whose agreements were recomputed
     * @param signingYears       the dyads and years in which signing events may have been created, changed or
     *                           removed (those of every event merge key with root {@code 05} that was recomputed)
     */
    public void refreshAfter(Collection<String> agreementMergeKeys, Collection<SigningYear> signingYears) {
        Set<Long> affected = new TreeSet<>(repository.agreementsOfMergeKeys(agreementMergeKeys));
        affected.addAll(repository.agreementsSignedIn(signingYears));
        relink(affected);
    }

    /**
     * The dyad and year a signing event or statement of that date falls in: the date's first four characters, as
     * the queries read them from the stored dates ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}).
     */
    public static SigningYear signingYear(String dyad, String date) {
        return new SigningYear(dyad, date == null ? "-" : PartialDate.parse(date).toString().substring(0, 4));
    }

    private void relink(Collection<Long> agreementIds) {
        if (agreementIds.isEmpty()) {
            return;
        }
        List<SignedStatement> statements = repository.signedStatements(agreementIds);
        Map<Long, List<PartialDate>> signedDates = statements.stream()
                .collect(Collectors.groupingBy(SignedStatement::agreementId,
                        Collectors.mapping(s -> parse(s.date()), Collectors.toList())));
        Map<String, List<SigningEvent>> eventsByDyad = repository.signingEventsIn(statements.stream()
                        .map(s -> signingYear(s.dyad(), s.date())).collect(Collectors.toCollection(TreeSet::new)))
                .stream().collect(Collectors.groupingBy(SigningEvent::dyad));
        Map<Long, String> dyadOf = new HashMap<>();
        statements.forEach(s -> dyadOf.put(s.agreementId(), s.dyad()));
        Map<Long, Long> links = new HashMap<>();
        for (Long agreementId : agreementIds) {
            String dyad = dyadOf.get(agreementId);
            // an agreement without a signed statement has no signing event
            links.put(agreementId, dyad == null ? null
                    : choose(signedDates.get(agreementId), eventsByDyad.getOrDefault(dyad, List.of())));
        }
        repository.link(links);
    }

    /**
     * The signing event of an agreement with the given signed dates among the signing events of its dyad, or null
     * when none is compatible with any of the dates.
     */
    static Long choose(List<PartialDate> signedDates, List<SigningEvent> candidates) {
        return candidates.stream()
                .filter(event -> compatibleCount(event, signedDates) > 0)
                .max(Comparator.<SigningEvent>comparingLong(event -> compatibleCount(event, signedDates))
                        .thenComparingInt(SigningLinks::precisionRank)
                        .thenComparingInt(SigningEvent::mentionCount)
                        .thenComparing(Comparator.comparingLong(SigningEvent::id).reversed()))
                .map(SigningEvent::id)
                .orElse(null);
    }

    private static long compatibleCount(SigningEvent event, List<PartialDate> signedDates) {
        PartialDate eventDate = parse(event.date());
        return signedDates.stream().filter(date -> PartialDate.compatible(eventDate, date)).count();
    }

    private static int precisionRank(SigningEvent event) {
        return event.datePrecision() == null ? -1 : DatePrecision.fromWireName(event.datePrecision()).ordinal();
    }

    private static PartialDate parse(String date) {
        return date == null ? null : PartialDate.parse(date);
    }
}
