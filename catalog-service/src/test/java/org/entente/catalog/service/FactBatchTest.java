package org.entente.catalog.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
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
}
