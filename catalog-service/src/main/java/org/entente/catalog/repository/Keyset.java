package org.entente.catalog.repository;

/**
 * A position in a list ordered by {@code (sort_key, id)} descending (for articles {@code (sort_key, seq)}): the
 * list continues with the rows that come strictly after it.
 *
 * @param sortKey the sort key of the last row seen
 * @param id      the id (for articles the sequence number) of the last row seen
 */
public record Keyset(long sortKey, long id) {
}
