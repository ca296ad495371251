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
 */
final class NativeListQuery {

    private final String table;
    private final String alias;
    private final String tieBreak;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

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
        String sql = "select " + alias + ".* from " + table + " " + alias
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by " + alias + ".sort_key desc, " + alias + "." + tieBreak + " desc limit " + (limit + 1);
        Query query = em.createNativeQuery(sql, type);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<T> rows = query.getResultList();
        return Slice.of(rows, limit);
    }
}
