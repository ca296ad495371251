package org.entente.catalog.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;

/**
 * Native queries that match a column against many values given as one array parameter ({@code = any(:values)}).
 * An HQL {@code in} list is expanded to one placeholder per value, so Hibernate translates the query again for
 * every new list length and PostgreSQL sees a different statement each time; with an array the statement is the
 * same whatever the number of values.
 */
final class AnyOf {

    private AnyOf() {
    }

    /**
     * The entities the query returns.
     *
     * @param sql    a native query selecting every column of the entity's table, with the parameter {@code :values}
     *               (and any of {@code more}, named {@code :p1}, {@code :p2}...)
     * @param values the values, all strings or all longs; none gives an empty list without a query
     */
    static <E> List<E> entities(EntityManager em, Class<E> type, String sql, Collection<?> values, Object... more) {
        if (values.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<E> found = bind(em.createNativeQuery(sql, type), values, more).getResultList();
        return found;
    }

    /** The rows the query returns, each as an array of its columns. */
    static List<Object[]> rows(EntityManager em, String sql, Collection<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = bind(em.createNativeQuery(sql), values).getResultList();
        return found;
    }

    private static Query bind(Query query, Collection<?> values, Object... more) {
        Object array = values.stream().allMatch(Long.class::isInstance)
                ? values.toArray(Long[]::new)
                : values.stream().map(String.class::cast).toArray(String[]::new);
        query.setParameter("values", array);
        for (int i = 0; i < more.length; i++) {
            query.setParameter("p" + (i + 1), more[i]);
        }
        return query;
    }
}
