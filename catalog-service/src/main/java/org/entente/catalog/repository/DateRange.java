package org.entente.catalog.repository;

import java.time.LocalDate;

/**
 * The from/to filter: a fact matches when its whole date interval lies within the range, so an undated fact
 * never matches and a fact dated only by its year matches a range covering that whole year.
 *
 * @param from the first day of the range, or null for no lower bound
 * @param to   the last day of the range, or null for no upper bound
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** No bounds. */
    public static final DateRange ANY = new DateRange(null, null);

    /** Adds the range's conditions over the {@code sort_key} and {@code date_end} columns of {@code alias}. */
    void applyTo(NativeListQuery query, String alias, String sortKeyColumn, String endColumn) {
        if (from != null) {
            query.where(alias + "." + sortKeyColumn + " >= :fromKey", "fromKey", from.toEpochDay());
        }
        if (to != null) {
            query.where(alias + "." + sortKeyColumn + " <= :toKey", "toKey", to.toEpochDay());
            query.where(alias + "." + endColumn + " <= :toDay", "toDay", to);
        }
    }
}
