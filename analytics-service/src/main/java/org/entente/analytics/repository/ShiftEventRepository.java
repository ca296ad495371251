package org.entente.analytics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.analytics.model.StoredEvent;
import org.entente.analytics.service.period.DatePrecision;
import org.entente.analytics.service.period.Grain;
import org.entente.analytics.service.period.PartialDate;
import org.entente.analytics.service.trend.EventView;

/** Finds the events behind shifts: the weightiest events of given periods. */
@ApplicationScoped
public class ShiftEventRepository {

    /** Per period, the {@code perPeriod} events placed in it with the largest absolute Goldstein weights. */
    private static final String WEIGHTIEST = """
            select top.entity_id as entity_id, periods.start as period_start
            from unnest(cast(:starts as date[])) as periods(start)
            cross join lateral (
                select e.entity_id from event_fact e
                where e.dyad = :dyad
                  and e.event_date >= periods.start and e.event_date < periods.start + cast(:step as interval)
                  and e.date_precision in (:precisions)
                order by abs(e.goldstein) desc, e.event_date, e.entity_id
                limit :perPeriod
            ) as top""";

    private static final Comparator<EventView> DATE_ORDER = Comparator.comparing(EventView::date)
            .thenComparing(EventView::id);

    private final EntityManager entityManager;

    public ShiftEventRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The weightiest events of {@code dyad} in each period of {@code grain} starting on one of {@code starts},
     * in date order, by period start (periods without events are absent).
     */
    @SuppressWarnings("unchecked")
    public Map<LocalDate, List<EventView>> weightiest(String dyad, Grain grain, List<LocalDate> starts, int perPeriod) {
        if (starts.isEmpty()) {
            return Map.of();
        }
        List<String> precisions = Arrays.stream(DatePrecision.values())
                .filter(precision -> precision.isAtLeast(grain.precisionNeeded()))
                .map(DatePrecision::wireName)
                .toList();
        List<Tuple> rows = entityManager.createNativeQuery(WEIGHTIEST, Tuple.class)
                .setParameter("starts", starts.stream().map(LocalDate::toString)
                        .collect(Collectors.joining(",", "{", "}")))
                .setParameter("dyad", dyad)
                .setParameter("step", grain.sqlInterval())
                .setParameter("precisions", precisions)
                .setParameter("perPeriod", perPeriod)
                .getResultList();
        List<String> ids = rows.stream().map(row -> row.get("entity_id", String.class)).toList();
        Map<String, StoredEvent> events = StoredEvent.withIds(ids).stream()
                .collect(Collectors.toMap(event -> event.entityId, Function.identity()));
        Map<LocalDate, List<EventView>> byPeriod = new TreeMap<>();
        for (Tuple row : rows) {
            LocalDate periodStart = row.get("period_start", LocalDate.class);
            byPeriod.computeIfAbsent(periodStart, start -> new ArrayList<>())
                    .add(view(events.get(row.get("entity_id", String.class)), grain, periodStart));
        }
        byPeriod.values().forEach(views -> views.sort(DATE_ORDER));
        return byPeriod;
    }

    private static EventView view(StoredEvent event, Grain grain, LocalDate periodStart) {
        PartialDate date = new PartialDate(event.eventDate,
                DatePrecision.fromWireName(event.datePrecision).orElseThrow());
        return new EventView(event.entityId, grain.label(periodStart), date.text(), event.source, event.target,
                event.cameo, event.quad, event.goldstein.doubleValue(), List.copyOf(event.articles));
    }
}
