package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * What the links between agreements and their signing events are computed from, read as plain rows (no entities),
 * and the links written back with one statement. Signing events are CAMEO {@code 057}; a signed statement and a
 * signing event can only describe the same day in the same year, so everything is selected by dyad and year
 * ({@code -} for undated), which the partial indexes on signing events and signed statements serve.
 *
 * <p>The lookups by dyad and year are lateral subqueries fenced with {@code offset 0}, one index lookup per key:
 * written as joins with the unnested keys, PostgreSQL planned a few hundred keys as a hash join over a sequential
 * scan of the table.
 *
 * <p>Every method flushes the persistence context first: the rows it reads or writes may have been changed by
 * entities of the same transaction that are not written yet.
 */
@ApplicationScoped
public class SigningLinkRepository {

    /** The year of a partial date column, {@code -} when null: the form of {@link SigningYear#year()}. */
    private static final String YEAR_OF_DATE = "coalesce(left(%s.date, 4), '-')";

    /**
     * A dyad and a year in which signing events or signed statements changed.
     *
     * @param year four digits, or {@code -} for undated ones
     */
    public record SigningYear(String dyad, String year) implements Comparable<SigningYear> {

        @Override
        public int compareTo(SigningYear other) {
            int byDyad = dyad.compareTo(other.dyad);
            return byDyad != 0 ? byDyad : year.compareTo(other.year);
        }
    }

    /** A "signed" statement of an agreement, with its date as the contract writes it (null when undated). */
    public record SignedStatement(long agreementId, String dyad, String date) {
    }

    /** A signing event, with what choosing between several candidates looks at. */
    public record SigningEvent(long id, String dyad, String date, String datePrecision, int mentionCount) {
    }

    /** The agreements computed from any of the merge keys. */
    public List<Long> agreementsOfMergeKeys(Collection<String> mergeKeys) {
        return ids("select id from agreement where merge_key = any(?)", "text", mergeKeys);
    }

    /** The agreements between exactly the two parties of a dyad. */
    public List<Long> agreementsOfDyad(String dyad) {
        return ids("select id from agreement where dyad = any(?)", "text", List.of(dyad));
    }

    /** The agreements with a signed statement in one of the dyads and years. */
    public List<Long> agreementsSignedIn(Collection<SigningYear> years) {
        if (years.isEmpty()) {
            return List.of();
        }
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select distinct m.agreement_id
                    from unnest(?::text[], ?::text[]) as k(dyad, year)
                    cross join lateral (select agreement_id from agreement_mention m
                                        where m.dyad = k.dyad and %s = k.year and m.status = 'signed'
                                          and m.agreement_id is not null offset 0) m"""
                    .formatted(YEAR_OF_DATE.formatted("m")))) {
                bindYears(connection, select, years);
                return readLongs(select);
            }
        });
    }

    /** The signed statements of the agreements. */
    public List<SignedStatement> signedStatements(Collection<Long> agreementIds) {
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select agreement_id, dyad, date from agreement_mention
                    where agreement_id = any(?) and status = 'signed'""")) {
                select.setArray(1, connection.createArrayOf("bigint", agreementIds.toArray()));
                List<SignedStatement> statements = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        statements.add(new SignedStatement(rows.getLong(1), rows.getString(2), rows.getString(3)));
                    }
                }
                return statements;
            }
        });
    }

    /**
     * The signing events of the dyads and years. The code is written into the query, not bound, so that PostgreSQL
     * can use the partial index of signing events.
     */
    public List<SigningEvent> signingEventsIn(Collection<SigningYear> years) {
        if (years.isEmpty()) {
            return List.of();
        }
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select e.id, e.dyad, e.date, e.date_precision, e.mention_count
                    from unnest(?::text[], ?::text[]) as k(dyad, year)
                    cross join lateral (select id, dyad, date, date_precision, mention_count from catalog_event e
                                        where e.dyad = k.dyad and %s = k.year and e.cameo like '057%%'
                                        offset 0) e""".formatted(YEAR_OF_DATE.formatted("e")))) {
                bindYears(connection, select, years);
                List<SigningEvent> events = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new SigningEvent(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getInt(5)));
                    }
                }
                return events;
            }
        });
    }

    /**
     * Sets the signing event of each agreement (null for none), writing only the links that change, in id order.
     *
     * @return how many agreements changed
     */
    public int link(Map<Long, Long> signingEventByAgreement) {
        if (signingEventByAgreement.isEmpty()) {
            return 0;
        }
        List<Long> agreementIds = new ArrayList<>(new TreeSet<>(signingEventByAgreement.keySet()));
        return work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update agreement a set signing_event_id = v.event_id
                    from unnest(?::bigint[], ?::bigint[]) as v(id, event_id)
                    where a.id = v.id and a.signing_event_id is distinct from v.event_id""")) {
                update.setArray(1, connection.createArrayOf("bigint", agreementIds.toArray()));
                update.setArray(2, connection.createArrayOf("bigint",
                        agreementIds.stream().map(signingEventByAgreement::get).toArray()));
                return update.executeUpdate();
            }
        });
    }

    private List<Long> ids(String sql, String type, Collection<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setArray(1, connection.createArrayOf(type, values.toArray()));
                return readLongs(select);
            }
        });
    }

    private static void bindYears(Connection connection, PreparedStatement statement, Collection<SigningYear> years)
            throws SQLException {
        Set<SigningYear> distinct = new TreeSet<>(years);
        Array dyads = connection.createArrayOf("text", distinct.stream().map(SigningYear::dyad).toArray());
        Array yearValues = connection.createArrayOf("text", distinct.stream().map(SigningYear::year).toArray());
        statement.setArray(1, dyads);
        statement.setArray(2, yearValues);
    }

    private static List<Long> readLongs(PreparedStatement select) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    private static <T> T work(ReturningWork<T> work) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.flush();
        return session.doReturningWork(work);
    }
}
