package org.entente.catalog.repository;

import jakarta.persistence.EntityManager;

/**
 * Adds a full-text condition to a list query: a {@code search} vector, of the listed row's mentions or of the row
 * itself, must match a web-style query ({@code websearch_to_tsquery('english', ...)}).
 *
 * <p>How the condition is written depends on how many mentions match, which PostgreSQL cannot estimate well for
 * full-text queries. The matches are counted first, up to {@value #FEW_MATCHES}: when there are no more, the query
 * starts from them (the GIN index gives their ids, the facts are fetched by id and sorted); when there are more,
 * matches are dense enough that walking the list order and checking each fact's mentions finds a page quickly.
 * Either way a page costs a bounded amount of work, where a wrong guess by the planner could read the whole table.
 */
final class TextSearch {

    /** Up to this many matching mentions, the query starts from the matches. */
    static final int FEW_MATCHES = 10_000;

    private static final String MATCHES = " m.search @@ websearch_to_tsquery('english', :text)";

    private TextSearch() {
    }

    /**
     * Adds the condition that a listed fact has a matching mention.
     *
     * @param mentionTable the mention table ({@code event_mention})
     * @param ownerColumn  its column naming the listed fact ({@code event_id})
     * @param alias        the listed table's alias in the query
     */
    static void overMentions(EntityManager em, NativeListQuery query, String mentionTable, String ownerColumn,
                             String alias, String text) {
        overMentions(em, query, mentionTable, ownerColumn, alias, text, FEW_MATCHES);
    }

    /** As {@link #overMentions(EntityManager, NativeListQuery, String, String, String, String)}, with the threshold. */
    static void overMentions(EntityManager em, NativeListQuery query, String mentionTable, String ownerColumn,
                             String alias, String text, int fewMatches) {
        if (isFew(em, mentionTable, text, fewMatches)) {
            query.where(alias + ".id = any(array(select m." + ownerColumn + " from " + mentionTable + " m where"
                    + MATCHES + "))", "text", text);
        } else {
            query.where("exists (select 1 from " + mentionTable + " m where m." + ownerColumn + " = " + alias
                    + ".id and" + MATCHES + ")", "text", text);
        }
    }

    /** Adds the condition that a listed row's own {@code search} vector matches ({@code table}'s key is id). */
    static void overOwnColumn(EntityManager em, NativeListQuery query, String table, String alias, String text) {
        if (isFew(em, table, text, FEW_MATCHES)) {
            query.where(alias + ".id = any(array(select m.id from " + table + " m where" + MATCHES + "))", "text",
                    text);
        } else {
            query.where(alias + ".search @@ websearch_to_tsquery('english', :text)", "text", text);
        }
    }

    private static boolean isFew(EntityManager em, String table, String text, int fewMatches) {
        Number matches = (Number) em.createNativeQuery("select count(*) from (select 1 from " + table + " m where"
                        + MATCHES + " limit " + (fewMatches + 1) + ") l")
                .setParameter("text", text)
                .getSingleResult();
        return matches.intValue() <= fewMatches;
    }
}
