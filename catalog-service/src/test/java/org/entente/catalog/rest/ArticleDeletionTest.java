package org.entente.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.entente.catalog.service.FactIngestion;
import org.entente.catalog.support.Countries;
import org.entente.catalog.support.Facts;
import org.entente.catalog.support.KafkaProbe;
import org.entente.contract.CatalogChange;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class ArticleDeletionTest {

    @Inject
    FactIngestion ingestion;

    @Test
    void deletingNeedsAValidApiKey() {
        String article = Facts.article();
        ingestion.ingest(Facts.event(article, "f1", Countries.fresh(), Countries.fresh(), "042", "2021"), null);

        given().delete("/api/articles/" + article).then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(401))
                .body("errors[0].field", equalTo("X-Api-Key"));
        given().header("X-Api-Key", "not-the-key").delete("/api/articles/" + article).then().statusCode(401);
        given().get("/api/articles/" + article).then().statusCode(200);
    }

    @Test
    void deletingAnUnknownArticleIsNotFound() {
        given().header("X-Api-Key", "dev-key").delete("/api/articles/no-such-article").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("there is no article with id no-such-article"));
    }

    @Test
    void deletingAnArticleRetractsWhatOnlyItStatedAndRecomputesTheRest() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        String dyad = a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
        String doomed = Facts.article();
        String kept = Facts.article();
        ingestion.ingest(Facts.event(doomed, "f1", a, b, "042", "2021-03-14"), null);
        ingestion.ingest(Facts.event(kept, "f1", a, b, "042", "2021-03"), null);
        ingestion.ingest(Facts.event(doomed, "f2", a, b, "190", "2021"), null);
        ingestion.ingest(Facts.agreement(doomed, "f3", List.of(a, b), "Ceasefire Agreement", "agreement", "security",
                "signed", "2021-02"), null);
        ingestion.ingest(Facts.trade(doomed, "f4", a, b, "export", 2020, 1.0e9, "actual"), null);
        ingestion.ingest(Facts.trade(kept, "f2", a, b, "export", 2020, 2.0e9, "actual"), null);
        long sharedEvent = events(a, "04").getLong("items[0].id");
        long soloEvent = events(a, "19").getLong("items[0].id");
        String agreementId = given().queryParam("country", a).get("/api/agreements").then().extract().jsonPath()
                .getString("items[0].id");

        given().header("X-Api-Key", "dev-key").delete("/api/articles/" + doomed).then().statusCode(204);

        given().get("/api/articles/" + doomed).then().statusCode(404);
        given().get("/api/events/" + soloEvent).then().statusCode(404);
        given().get("/api/agreements/" + agreementId).then().statusCode(404);
        JsonPath shared = given().get("/api/events/" + sharedEvent).then().statusCode(200).extract().jsonPath();
        assertThat(shared.getInt("mentionCount")).isEqualTo(1);
        assertThat(shared.getList("articles")).containsExactly(kept);
        assertThat(shared.getString("date")).isEqualTo("2021-03");
        JsonPath trade = given().queryParam("country", a).get("/api/trade").then().extract().jsonPath();
        assertThat(trade.getList("items")).hasSize(1);
        assertThat(trade.getBoolean("items[0].conflict")).isFalse();
        assertThat(trade.getDouble("items[0].valueUsd")).isEqualTo(2.0e9);
        given().get("/api/countries").then().statusCode(200)
                .body("find { it.code == '" + a + "' }.events", equalTo(1))
                .body("find { it.code == '" + a + "' }.agreements", equalTo(0))
                .body("find { it.code == '" + a + "' }.trade", equalTo(1));

        try (KafkaProbe kafka = new KafkaProbe()) {
            List<CatalogChange> changes = kafka.changes(dyad, 12, Duration.ofSeconds(60));
            List<CatalogChange> retractions = changes.stream().filter(c -> c.op().equals("retract")).toList();
            assertThat(retractions).extracting(CatalogChange::kind)
                    .containsExactlyInAnyOrder("event", "agreement", "trade");
            assertThat(retractions).extracting(CatalogChange::entityId)
                    .contains(Long.toString(soloEvent), agreementId);
            CatalogChange lastOfShared = changes.stream()
                    .filter(c -> c.entityId().equals(Long.toString(sharedEvent)) && c.kind().equals("event"))
                    .reduce((first, second) -> second).orElseThrow();
            assertThat(lastOfShared.op()).isEqualTo("upsert");
            assertThat(lastOfShared.mentions()).isEqualTo(1);
            assertThat(lastOfShared.event().date()).isEqualTo("2021-03");
            assertThat(lastOfShared.version()).isEqualTo(3);
        }
    }

    private static JsonPath events(String country, String cameo) {
        return given().queryParam("country", country).queryParam("cameo", cameo).get("/api/events").then()
                .statusCode(200).extract().jsonPath();
    }
}
