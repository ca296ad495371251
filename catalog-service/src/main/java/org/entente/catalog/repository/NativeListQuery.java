package org.entente.catalog.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one keyset-paged SQL query over a table whose rows are ordered by {@code (sort_key, <tie-break>)}
 * descending, the tie-break being a unique numeric column ({@code id}, or {@code seq} for articles).
 * Conditions are SQL fragments written by the repositories with named parameters; values are always bound,
 * never concatenated. Paging continues strictly after the keyset, so a page costs an index range scan whatever
 * its depth (no OFFSET).
 *
 * <p>A query may have one pair of {@link #whereEither alternatives} (a country as source <em>or</em> target). It
 * then runs as the {@code UNION ALL} of one ordered, limited query per alternative, each an index range scan on
 * {@code (column, sort_key, id)}: an {@code OR} would make PostgreSQL either sort every match or walk the whole
 * list order looking for matches, which is slow for a party whose facts all lie far down the list.
 */
final class NativeListQuery {

    private final String table;
    private final String alias;
    private final String tieBreak;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private List<String> alternatives = List.of();

    NativeListQuery(String table, String alias, String tieBreak) {
        this.table = table;
        this.alias = alias;
        this.tieBreak = tieBreak;
    }

    /** A query over a table whose tie-break is its {@code id}. */
    NativeListQuery(String table, String alias) {
        this(table, alias, "id");
    }

    /** Adds a condition that needs no parameter. */
    NativeListQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition using {@code :name}, bound to {@code value}. */
    NativeListQuery where(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /**
     * Adds a condition met by rows that meet {@code first} or {@code second}; no row may meet both (for example a
     * country as source, or as target, of events whose source and target always differ).
     */
    NativeListQuery whereEither(String first, String second, String name, Object value) {
        alternatives = List.of(first, second);
        parameters.put(name, value);
        return this;
    }

    /** Binds a parameter used by a condition added with {@link #where(String)}. */
    NativeListQuery bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** Runs the query for one page: up to {@code limit} rows after {@code after} (null for the first page). */
    <T> Slice<T> page(EntityManager em, Class<T> type, Keyset after, int limit) {
        if (after != null) {
            where("(" + alias + ".sort_key, " + alias + "." + tieBreak + ") < (:afterSortKey, :afterId)");
            parameters.put("afterSortKey", after.sortKey());
            parameters.put("afterId", after.id());
        }
        String sql;
        if (alternatives.isEmpty()) {
            sql = select(conditions, limit);
        } else {
            List<String> branches = alternatives.stream().map(alternative -> {
                List<String> branch = new ArrayList<>(conditions);
                branch.add(alternative);
                return "(" + select(branch, limit) + ")";
            }).toList();
            sql = "select * from (" + String.join(" union all ", branches) + ") " + alias + orderAndLimit(limit);
        }
        Query query = em.createNativeQuery(sql, type);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<T> rows = query.getResultList();
        return Slice.of(rows, limit);
    }

    private String select(List<String> where, int limit) {
        return "select " + alias + ".* from " + table + " " + alias
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + orderAndLimit(limit);
    }

    /** The list order, and one row more than the page to tell whether another page follows. */
    private String orderAndLimit(int limit) {
        return " order by " + alias + ".sort_key desc, " + alias + "." + tieBreak + " desc limit " + (limit + 1);
    }
}
