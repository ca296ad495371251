package org.entente.catalog.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.catalog.support.Countries;
import org.entente.catalog.support.Facts;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * Mentions stored under merge keys of another rule (before joint acts were merged across direction, or with
 * other joint codes) are moved to their keys by the repair the service runs at start-up.
 */
@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class EventKeyRepairTest {

    @Inject
    FactIngestion ingestion;

    @Inject
    EventKeyRepair repair;

    @Test
    void mentionsKeyedByAnotherRuleAreMovedToTheirKeysAndTheirEventsRecomputed() throws SQLException {
        List<String> pair = Stream.of(Countries.fresh(), Countries.fresh()).sorted().toList();
        String a = pair.get(0);
        String b = pair.get(1);
        String dyad = a + "-" + b;
        ingestion.ingest(Facts.event(Facts.article(), "f1", a, b, "057", "2021-06-01"), null);
        ingestion.ingest(Facts.event(Facts.article(), "f1", b, a, "057", "2021-06"), null);
        ingestion.ingest(Facts.event(Facts.article(), "f2", a, b, "042", "2021-06-02"), null);
        long signing = eventIds(a, b, "057").get(0);
        long visit = eventIds(a, b, "042").get(0);
        // keyed as when 057 was directed and 042 joint: the signings under their directed pairs, the visit under
        // the dyad
        update("update event_mention set merge_key = source || '>' || target || '|05|2021'"
                + " where dyad = ? and cameo = '057'", dyad);
        update("update catalog_event set merge_key = source || '>' || target || '|05|2021'"
                + " where dyad = ? and cameo = '057'", dyad);
        update("update event_mention set merge_key = dyad || '|04|2021' where dyad = ? and cameo = '042'", dyad);
        update("update catalog_event set merge_key = dyad || '|04|2021' where dyad = ? and cameo = '042'", dyad);

        assertThat(repair.repairAll()).isGreaterThanOrEqualTo(3);

        assertThat(mergeKeys(dyad)).containsExactlyInAnyOrder(dyad + "|05|2021", a + ">" + b + "|04|2021");
        assertThat(eventIds(a, b, "057")).containsExactly(signing);
        JsonPath merged = given().get("/api/events/" + signing).then().statusCode(200).extract().jsonPath();
        assertThat(merged.getInt("mentionCount")).isEqualTo(2);
        assertThat(merged.getString("source")).isEqualTo(a);
        assertThat(eventIds(a, b, "042")).containsExactly(visit);
        assertThat(repair.repairAll()).as("nothing is left to move").isZero();
    }

    private static List<Long> eventIds(String a, String b, String cameo) {
        return given().queryParam("country", a).queryParam("counterpart", b).queryParam("cameo", cameo)
                .get("/api/events").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    private static List<String> mergeKeys(String dyad) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection db = connect();
             PreparedStatement query = db.prepareStatement(
                     "select merge_key from event_mention where dyad = ? union select merge_key from catalog_event"
                             + " where dyad = ?")) {
            query.setString(1, dyad);
            query.setString(2, dyad);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys;
    }

    private static void update(String sql, String dyad) throws SQLException {
        try (Connection db = connect(); PreparedStatement update = db.prepareStatement(sql)) {
            update.setString(1, dyad);
            assertThat(update.executeUpdate()).isPositive();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(LocalInfraTestResource.jdbcUrl("catalog"),
                LocalInfraTestResource.jdbcUsername(), LocalInfraTestResource.jdbcPassword());
    }
}
