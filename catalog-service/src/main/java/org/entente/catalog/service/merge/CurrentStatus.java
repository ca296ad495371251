package org.entente.catalog.service.merge;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Picks an agreement's current status from all statements of its status history.
 *
 * <p>The current status is the one stated for the latest date. Dates are intervals ({@code 2021} covers the
 * whole year), so "latest" is decided in two steps:
 * <ol>
 *   <li>a statement is out of the running when another one is dated wholly after it (its first day is after
 *       this one's last day); undated statements count only when no statement has a date;</li>
 *   <li>the remaining statements have overlapping dates (the same date, or one containing the other, such as
 *       {@code 2021} and {@code 2021-03-15}), which do not say which came first. Among them the later stage of
 *       the lifecycle wins (signed after proposed, stalled after in force), then the more precise date, then the
 *       statement reported last, then the article and fact id.</li>
 * </ol>
 * The choice depends only on the set of statements.
 */
public final class CurrentStatus {

    private static final Comparator<StatusStatement> PREFERENCE =
            Comparator.comparing(StatusStatement::status)
                    .thenComparing(s -> s.date() == null ? -1 : s.date().precision().ordinal())
                    .thenComparing(StatusStatement::reportedAt)
                    .thenComparing(StatusStatement::tieBreak);

    private CurrentStatus() {
    }

    /**
     * The statement that gives the current status.
     *
     * @throws NoSuchElementException when there are no statements
     */
    public static StatusStatement of(Collection<StatusStatement> statements) {
        List<StatusStatement> dated = statements.stream().filter(s -> s.date() != null).toList();
        Collection<StatusStatement> candidates = dated.isEmpty() ? statements : latest(dated);
        return candidates.stream().max(PREFERENCE).orElseThrow();
    }

    private static List<StatusStatement> latest(List<StatusStatement> dated) {
        return dated.stream()
                .filter(s -> dated.stream().noneMatch(other -> other.date().start().isAfter(s.date().end())))
                .toList();
    }
}
