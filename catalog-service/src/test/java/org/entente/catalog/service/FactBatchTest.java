package org.entente.catalog.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.UUID;
import org.entente.catalog.model.Dyads;
import org.entente.catalog.support.Countries;
import org.entente.catalog.support.Facts;
import org.entente.contract.ExtractedFact;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

/** Applying several facts in one transaction ({@link FactIngestion#ingestAll}). */
@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class FactBatchTest {

    @Inject
    FactIngestion ingestion;

    private static JsonPath events(String country) {
        return given().queryParam("country", country).get("/api/events").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aBatchAppliesARepeatedMessageAndARepeatedFactOnce() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        String article = Facts.article();
        ExtractedFact visit = Facts.event(article, "f1", a, b, "042", "2021-03-14");
        ExtractedFact talks = Facts.event(article, "f2", a, b, "046", "2021-03-15");

        int added = ingestion.ingestAll(List.of(new ReceivedFact(visit, "m1"), new ReceivedFact(visit, "m1"),
                new ReceivedFact(visit, "m2"), new ReceivedFact(talks, "m3"), new ReceivedFact(talks, null)));

        assertThat(added).isEqualTo(2);
        assertThat(events(a).getList("items.cameo")).containsExactlyInAnyOrder("042", "046");
        assertThat(events(a).getList("items.mentionCount", Integer.class)).containsOnly(1);
        assertThat(events(a).getList("items.version", Long.class)).containsOnly(1L);
        assertThat(ingestion.ingestAll(List.of(new ReceivedFact(visit, "m1"), new ReceivedFact(talks, "m4"))))
                .as("a redelivered batch").isZero();
    }

    @Test
    void aBatchRecomputesEachMergeKeyOnceWithAllItsNewMentions() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        List<ReceivedFact> reports = List.of(
                new ReceivedFact(Facts.event(Facts.article(), "f1", a, b, "042", "2022-06-01"), null),
                new ReceivedFact(Facts.event(Facts.article(), "f1", a, b, "042", "2022-06"), null),
                new ReceivedFact(Facts.event(Facts.article(), "f1", a, b, "04", "2022"), null),
                new ReceivedFact(Facts.agreement(Facts.article(), "g1", List.of(a, b), "Visa Agreement", "agreement",
                        "tourism", "signed", "2022-06-01"), null),
                new ReceivedFact(Facts.event(Facts.article(), "f1", b, a, "057", "2022-06"), null));

        assertThat(ingestion.ingestAll(reports)).isEqualTo(5);

        JsonPath visits = given().queryParam("country", a).queryParam("cameo", "04").get("/api/events").then()
                .statusCode(200).extract().jsonPath();
        assertThat(visits.getList("items")).hasSize(1);
        assertThat(visits.getInt("items[0].mentionCount")).isEqualTo(3);
        assertThat(visits.getString("items[0].date")).isEqualTo("2022-06-01");
        assertThat(visits.getLong("items[0].version")).as("published once, not once per mention").isEqualTo(1);
        long signing = given().queryParam("country", a).queryParam("cameo", "057").get("/api/events").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        assertThat(given().queryParam("country", a).get("/api/agreements").then().statusCode(200).extract()
                .jsonPath().getLong("items[0].signingEventId")).isEqualTo(signing);
    }

    @Test
    void aBatchWithAFactThatBreaksTheContractAppliesNothing() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        ExtractedFact good = Facts.event(Facts.article(), "f1", a, b, "042", "2021");
        ExtractedFact noSource = Facts.event(Facts.article(), "f1", a, b, "042", "2021");
        ExtractedFact broken = new ExtractedFact(noSource.factId(), "event", noSource.dyad(), noSource.article(),
                null, null, null, noSource.evidence(), noSource.confidence(), noSource.extractedAt());

        assertThatThrownBy(() -> ingestion.ingestAll(List.of(new ReceivedFact(good, "ok-" + a),
                new ReceivedFact(broken, "broken-" + a)))).isInstanceOf(InvalidFactException.class);

        assertThat(events(a).getList("items")).isEmpty();
        assertThat(ingestion.ingestAll(List.of(new ReceivedFact(good, "ok-" + a)))).as("not marked as applied")
                .isEqualTo(1);
    }

    @Test
    void aBatchCountsEachDyadsNewFactsOnceWhateverMergesIntoThem() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        String c = Countries.fresh();
        List<ReceivedFact> reports = List.of(
                new ReceivedFact(Facts.event(Facts.article(), "f1", a, b, "042", "2023-05-02"), null),
                new ReceivedFact(Facts.event(Facts.article(), "f1", a, b, "042", "2023-05"), null),
                new ReceivedFact(Facts.event(Facts.article(), "f1", a, b, "111", "2023"), null),
                new ReceivedFact(Facts.agreement(Facts.article(), "g1", List.of(a, b), "Visa Treaty", "treaty",
                        "tourism", "signed", "2023-05-02"), null),
                new ReceivedFact(Facts.trade(Facts.article(), "t1", a, c, "export", 2023, 5.0e8, "actual"), null));

        assertThat(ingestion.ingestAll(reports)).isEqualTo(5);

        JsonPath countries = given().get("/api/countries").then().statusCode(200).extract().jsonPath();
        String country = "find { it.code == '" + a + "' }.";
        assertThat(countries.getInt(country + "events")).as("two events, one of them stated twice").isEqualTo(2);
        assertThat(countries.getInt(country + "agreements")).isEqualTo(1);
        assertThat(countries.getInt(country + "trade")).isEqualTo(1);
        assertThat(countries.getInt(country + "counterparts")).isEqualTo(2);
    }

    @Test
    void idsTheCatalogDrawsInBlocksNeverCollideWithIdsTheColumnDefaultGives() throws SQLException {
        String a = Countries.fresh();
        String b = Countries.fresh();
        long before = insertOutboxRowWithDefaultId();

        ingestion.ingestAll(List.of(
                new ReceivedFact(Facts.event(Facts.article(), "f1", a, b, "042", "2024-01-05"), null),
                new ReceivedFact(Facts.event(Facts.article(), "f1", a, b, "111", "2024-02"), null)));
        long after = insertOutboxRowWithDefaultId();
        ingestion.ingestAll(List.of(
                new ReceivedFact(Facts.event(Facts.article(), "f1", a, b, "173", "2024-03"), null)));

        assertThat(events(a).getList("items")).hasSize(3);
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
                "select count(*), count(distinct id) from outbox_message where ce_subject like 'event/%'"
                        + " and (message_key = ? or id in (?, ?))")) {
            query.setString(1, Dyads.of(a, b));
            query.setLong(2, before);
            query.setLong(3, after);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).as("three changes and the two rows inserted by hand").isEqualTo(5);
                assertThat(row.getInt(2)).isEqualTo(5);
            }
        }
    }

    private static long insertOutboxRowWithDefaultId() throws SQLException {
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement("""
                insert into outbox_message (topic, message_key, ce_id, ce_type, ce_subject, ce_time, payload,
                                            next_attempt_at, sent_at)
                values ('test.none', 'none', ?, 'test', 'event/0', now(), '{}', now(), now())
                returning id""")) {
            insert.setString(1, UUID.randomUUID().toString());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(LocalInfraTestResource.jdbcUrl("catalog"),
                LocalInfraTestResource.jdbcUsername(), LocalInfraTestResource.jdbcPassword());
    }
}
