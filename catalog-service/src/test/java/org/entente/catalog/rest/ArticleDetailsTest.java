package org.entente.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.entente.catalog.service.FactIngestion;
import org.entente.catalog.service.ReceivedFact;
import org.entente.catalog.support.Countries;
import org.entente.catalog.support.Facts;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

/** {@code GET /api/articles/{id}}: the article and every statement it makes, with all their fields. */
@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class ArticleDetailsTest {

    @Inject
    FactIngestion ingestion;

    @Test
    void anArticleShowsEachStatementWithItsCatalogIdAndEvidence() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        String article = Facts.article();
        ingestion.announce(Facts.announcement(article, "Talks in " + a, "2022-04-02"), null);
        ingestion.ingestAll(List.of(
                new ReceivedFact(Facts.event(article, "e1", a, b, "042", "2022-03-14"), null),
                new ReceivedFact(Facts.agreement(article, "g1", List.of(b, a), "Grain Deal", "agreement", "trade",
                        "signed", "2022-03"), null),
                new ReceivedFact(Facts.trade(article, "t1", a, b, "export", 2021, 7.5e8, "actual"), null)));

        JsonPath details = given().get("/api/articles/" + article).then().statusCode(200).extract().jsonPath();

        assertThat(details.getString("id")).isEqualTo(article);
        assertThat(details.getString("title")).isEqualTo("Talks in " + a);
        assertThat(details.getString("published")).isEqualTo("2022-04-02");
        assertThat(details.getInt("textLength")).isEqualTo(1200);
        assertThat(details.getString("receivedAt")).isNotNull();
        assertThat(details.getString("ingestedAt")).isEqualTo("2025-01-01T00:00:00Z");

        long eventId = given().queryParam("country", a).get("/api/events").then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
        assertThat(details.getLong("events[0].eventId")).isEqualTo(eventId);
        assertThat(details.getString("events[0].factId")).isEqualTo("e1");
        assertThat(List.of(details.getString("events[0].source"), details.getString("events[0].target"),
                details.getString("events[0].cameo"))).containsExactly(a, b, "042");
        assertThat(details.getInt("events[0].quad")).isEqualTo(1);
        assertThat(details.getString("events[0].date")).isEqualTo("2022-03-14");
        assertThat(details.getString("events[0].datePrecision")).isEqualTo("day");
        assertThat(details.getString("events[0].evidence.sentence")).isEqualTo(a + " and " + b + " event 042.");
        assertThat(details.getInt("events[0].evidence.end")).isEqualTo((a + " and " + b + " event 042.").length());
        assertThat(details.getDouble("events[0].confidence")).isEqualTo(0.8);

        assertThat(details.getLong("agreements[0].agreementId")).isPositive();
        assertThat(details.getList("agreements[0].parties")).containsExactly(
                a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a);
        assertThat(details.getString("agreements[0].title")).isEqualTo("Grain Deal");
        assertThat(details.getString("agreements[0].status")).isEqualTo("signed");
        assertThat(details.getString("agreements[0].datePrecision")).isEqualTo("month");

        assertThat(details.getLong("trade[0].tradeId")).isPositive();
        assertThat(details.getString("trade[0].exporter")).isEqualTo(a);
        assertThat(details.getInt("trade[0].year")).isEqualTo(2021);
        assertThat(details.getDouble("trade[0].valueUsd")).isEqualTo(7.5e8);
        assertThat(details.getString("trade[0].currency")).isEqualTo("USD");
        assertThat(details.getString("trade[0].product")).isNull();
        assertThat(details.getString("trade[0].basis")).isEqualTo("actual");
    }

    @Test
    void anUnknownArticleIsNotFound() {
        given().get("/api/articles/" + Facts.article()).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }
}
