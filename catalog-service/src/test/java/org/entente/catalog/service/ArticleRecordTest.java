package org.entente.catalog.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.entente.catalog.support.Countries;
import org.entente.catalog.support.Facts;
import org.entente.contract.ArticleIngested;
import org.entente.contract.ArticleRef;
import org.entente.contract.ExtractedFact;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * The article row that facts and announcements complete together, a batch at a time: a fact fills only what is
 * unknown, an announcement replaces what it gives and keeps what it leaves out, as if the messages came one by one.
 */
@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class ArticleRecordTest {

    private static final Instant INGESTED = Instant.parse("2025-02-03T04:05:06Z");

    @Inject
    FactIngestion ingestion;

    @Test
    void factsFillOnlyWhatTheArticleLacksAndItsAnnouncementWins() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        String article = Facts.article();
        ingestion.ingestAll(List.of(
                fact(Facts.event(article, "e1", a, b, "042", "2021-01-02"), new ArticleRef(article, "First", null,
                        null, null, null)),
                fact(Facts.event(article, "e2", a, b, "036", "2021-01-03"), new ArticleRef(article, "Second",
                        "https://example.org/second", null, "2021", null))));

        JsonPath fromFacts = details(article);
        assertThat(fromFacts.getString("title")).isEqualTo("First");
        assertThat(fromFacts.getString("url")).isEqualTo("https://example.org/second");
        assertThat(fromFacts.getString("published")).isEqualTo("2021");
        assertThat(fromFacts.getString("ingestedAt")).isNull();

        ingestion.announceAll(List.of(new ReceivedAnnouncement(announcement(
                new ArticleRef(article, "Announced", null, "Example", "2022-05-06", null), 1500), null)));
        ingestion.ingestAll(List.of(fact(Facts.event(article, "e3", a, b, "043", "2021-01-04"),
                new ArticleRef(article, "Late", "https://example.org/late", "Other", "2019", "someone"))));

        JsonPath announced = details(article);
        assertThat(announced.getString("title")).isEqualTo("Announced");
        assertThat(announced.getString("url")).isEqualTo("https://example.org/second");
        assertThat(announced.getString("source")).isEqualTo("Example");
        assertThat(announced.getString("publishedBy")).isEqualTo("someone");
        assertThat(announced.getString("published")).isEqualTo("2022-05-06");
        assertThat(announced.getInt("textLength")).isEqualTo(1500);
        assertThat(announced.getString("ingestedAt")).isEqualTo(INGESTED.toString());
        assertThat(announced.getList("events.factId")).containsExactlyInAnyOrder("e1", "e2", "e3");
        assertThat(given().queryParam("from", "2022-05-06").queryParam("to", "2022-05-06").queryParam("limit", 500)
                .get("/api/articles").then().statusCode(200).extract().jsonPath().getList("items.id"))
                .contains(article);
    }

    @Test
    void anArticleAnnouncedTwiceInOneBatchKeepsWhatTheLaterAnnouncementLeavesOut() {
        String article = Facts.article();
        ingestion.announceAll(List.of(
                new ReceivedAnnouncement(announcement(new ArticleRef(article, "Earlier", "https://example.org/a",
                        null, "2020-03", null), 1200), null),
                new ReceivedAnnouncement(announcement(new ArticleRef(article, null, null, "Later source", null,
                        null), 900), null)));

        JsonPath details = details(article);
        assertThat(details.getString("title")).isEqualTo("Earlier");
        assertThat(details.getString("url")).isEqualTo("https://example.org/a");
        assertThat(details.getString("source")).isEqualTo("Later source");
        assertThat(details.getString("published")).isEqualTo("2020-03");
        assertThat(details.getInt("textLength")).isEqualTo(900);
    }

    private static JsonPath details(String article) {
        return given().get("/api/articles/" + article).then().statusCode(200).extract().jsonPath();
    }

    private static ReceivedFact fact(ExtractedFact fact, ArticleRef ref) {
        return new ReceivedFact(new ExtractedFact(fact.factId(), fact.kind(), fact.dyad(), ref, fact.event(),
                fact.agreement(), fact.trade(), fact.evidence(), fact.confidence(), fact.extractedAt()), null);
    }

    private static ArticleIngested announcement(ArticleRef ref, int textLength) {
        return new ArticleIngested(ref, "0".repeat(64), textLength, "text/plain", 1, 0, 0, INGESTED);
    }
}
