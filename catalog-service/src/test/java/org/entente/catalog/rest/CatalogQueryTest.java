package org.entente.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.catalog.service.FactIngestion;
import org.entente.catalog.support.Countries;
import org.entente.catalog.support.Facts;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class CatalogQueryTest {

    @Inject
    FactIngestion ingestion;

    private String pak;
    private String irq;
    private String ind;

    @BeforeEach
    void catalog() {
        pak = Countries.fresh();
        irq = Countries.fresh();
        ind = Countries.fresh();
        String article = Facts.article();
        ingestion.ingest(Facts.withSentence(Facts.event(article, "e1", pak, irq, "042", "2021-03-14"),
                "The prime minister visited Baghdad to discuss pilgrims."), null);
        ingestion.ingest(Facts.withSentence(Facts.event(article, "e2", irq, pak, "043", "2021-05"),
                "Iraq hosted a delegation on security."), null);
        ingestion.ingest(Facts.withSentence(Facts.event(article, "e3", pak, ind, "190", "1971"),
                "The two armies fought a war."), null);
        ingestion.ingest(Facts.withSentence(Facts.event(article, "e4", pak, irq, "0421", "2022-01-09"),
                "The foreign minister travelled to Baghdad."), null);
        ingestion.ingest(Facts.withSentence(Facts.event(article, "e5", ind, pak, "111", null),
                "India criticised Pakistan."), null);
        ingestion.ingest(Facts.agreement(article, "a1", List.of(pak, irq), "Visa Agreement", "agreement", "tourism",
                "signed", "2021-03-14"), null);
        ingestion.ingest(Facts.agreement(article, "a2", List.of(pak, ind), "Indus Waters Treaty", "treaty", "energy",
                "stalled", "2025"), null);
        ingestion.ingest(Facts.trade(article, "t1", pak, irq, "export", 2019, 5.0e8, "actual"), null);
        ingestion.ingest(Facts.trade(article, "t2", irq, pak, "total", 2020, 9.0e8, "target"), null);
    }

    private static JsonPath get(String path, Map<String, ?> params) {
        return given().queryParams(params).get(path).then().statusCode(200).extract().jsonPath();
    }

    private List<String> cameos(Map<String, ?> params) {
        return get("/api/events", params).getList("items.cameo");
    }

    @Test
    void eventsAreFilteredByCountryCounterpartCodeAndQuad() {
        assertThat(cameos(Map.of("country", pak))).containsExactly("0421", "043", "042", "190", "111");
        assertThat(cameos(Map.of("country", pak, "counterpart", irq))).containsExactly("0421", "043", "042");
        assertThat(cameos(Map.of("country", irq, "counterpart", pak))).containsExactly("0421", "043", "042");
        assertThat(cameos(Map.of("country", pak, "cameo", "04"))).containsExactly("0421", "043", "042");
        assertThat(cameos(Map.of("country", pak, "cameo", "042"))).containsExactly("0421", "042");
        assertThat(cameos(Map.of("country", pak, "quad", "4"))).containsExactly("190");
        assertThat(cameos(Map.of("country", ind))).containsExactly("190", "111");
    }

    @Test
    void eventsAreFilteredByDatesTheirWholeDateMustFallIn() {
        assertThat(cameos(Map.of("country", pak, "from", "2021", "to", "2021"))).containsExactly("043", "042");
        assertThat(cameos(Map.of("country", pak, "from", "2021-05-01"))).containsExactly("0421", "043");
        assertThat(cameos(Map.of("country", pak, "to", "2021-04"))).containsExactly("042", "190");
        assertThat(cameos(Map.of("country", pak, "from", "1971-06", "to", "1971-12"))).isEmpty();
    }

    @Test
    void eventsAreSearchedByTheWordsOfTheirEvidence() {
        assertThat(cameos(Map.of("country", pak, "q", "Baghdad"))).containsExactly("0421", "042");
        assertThat(cameos(Map.of("country", pak, "q", "visits"))).containsExactly("042");
        assertThat(cameos(Map.of("country", pak, "q", "\"foreign minister\" -pilgrims"))).containsExactly("0421");
    }

    @Test
    void agreementsAreFilteredByPartiesTypeDomainStatusAndDate() {
        assertThat(get("/api/agreements", Map.of("country", pak)).getList("items.title"))
                .containsExactly("Indus Waters Treaty", "Visa Agreement");
        assertThat(get("/api/agreements", Map.of("country", pak, "counterpart", irq)).getList("items.title"))
                .containsExactly("Visa Agreement");
        assertThat(get("/api/agreements", Map.of("country", pak, "type", "treaty", "domain", "energy",
                "status", "stalled")).getList("items.title")).containsExactly("Indus Waters Treaty");
        assertThat(get("/api/agreements", Map.of("country", pak, "to", "2024")).getList("items.title"))
                .containsExactly("Visa Agreement");
        assertThat(get("/api/agreements", Map.of("country", pak, "q", "visa")).getList("items.title"))
                .containsExactly("Visa Agreement");
    }

    @Test
    void tradeIsFilteredByFlowBasisAndYear() {
        assertThat(get("/api/trade", Map.of("country", pak)).getList("items.year")).containsExactly(2020, 2019);
        assertThat(get("/api/trade", Map.of("country", pak, "flow", "export")).getList("items.valueUsd", Double.class))
                .containsExactly(5.0e8);
        assertThat(get("/api/trade", Map.of("country", pak, "basis", "target")).getList("items.flow"))
                .containsExactly("total");
        assertThat(get("/api/trade", Map.of("country", irq, "from", "2019", "to", "2019")).getList("items.year"))
                .containsExactly(2019);
    }

    @Test
    void anArticleListsEveryFactItStates() {
        String article = get("/api/events", Map.of("country", ind)).getString("items[0].articles[0]");

        JsonPath details = given().get("/api/articles/" + article).then().statusCode(200).extract().jsonPath();

        assertThat(details.getList("events.factId")).containsExactlyInAnyOrder("e1", "e2", "e3", "e4", "e5");
        assertThat(details.getList("agreements.factId")).containsExactlyInAnyOrder("a1", "a2");
        assertThat(details.getList("trade.factId")).containsExactlyInAnyOrder("t1", "t2");
        assertThat(details.getList("events.eventId")).doesNotContainNull();
        assertThat(details.getList("events.evidence.sentence")).contains("India criticised Pakistan.");
    }

    @Test
    void articlesAreListedByPublicationDateAndSearchedByTitle() {
        String word = "zq" + Countries.fresh().toLowerCase();
        String older = Facts.article();
        String newer = Facts.article();
        String undated = Facts.article();
        ingestion.announce(Facts.announcement(older, "Older " + word + " report", "2019-05"), null);
        ingestion.announce(Facts.announcement(newer, "Newer " + word + " report", "2024-02-11"), null);
        ingestion.announce(Facts.announcement(undated, "Undated " + word + " report", null), null);

        assertThat(get("/api/articles", Map.of("q", word)).getList("items.id")).containsExactly(newer, older, undated);
        assertThat(get("/api/articles", Map.of("q", word, "from", "2019", "to", "2019")).getList("items.id"))
                .containsExactly(older);
        JsonPath first = get("/api/articles", Map.of("q", word, "limit", 2));
        assertThat(first.getList("items.id")).containsExactly(newer, older);
        assertThat(get("/api/articles", Map.of("q", word, "limit", 2, "cursor", first.getString("nextCursor")))
                .getList("items.id")).containsExactly(undated);
    }

    @Test
    void countriesCountTheirFacts() {
        given().get("/api/countries").then().statusCode(200)
                .body("find { it.code == '" + pak + "' }.events", equalTo(5))
                .body("find { it.code == '" + pak + "' }.agreements", equalTo(2))
                .body("find { it.code == '" + pak + "' }.trade", equalTo(2))
                .body("find { it.code == '" + pak + "' }.counterparts", equalTo(2))
                .body("find { it.code == '" + ind + "' }.events", equalTo(2))
                .body("code", hasItem(irq));
    }

    @Test
    void pagesFollowOneAnotherInAStableOrderWithoutGapsOrRepeats() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        String article = Facts.article();
        for (int day = 1; day <= 12; day++) {
            ingestion.ingest(Facts.event(article, "p" + day, a, b, "042", String.format("2020-01-%02d", day % 6 + 1)),
                    null);
        }
        ingestion.ingest(Facts.event(article, "undated", a, b, "190", null), null);

        List<String> dates = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("country", a).queryParam("limit", 4);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/events").then().statusCode(200).extract().jsonPath();
            dates.addAll(page.getList("items.date"));
            ids.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(2);
        assertThat(ids).hasSize(7).doesNotHaveDuplicates();
        assertThat(dates).containsExactly("2020-01-06", "2020-01-05", "2020-01-04", "2020-01-03", "2020-01-02",
                "2020-01-01", null);
    }

    @Test
    void badParametersAreAProblemNamingEachOne() {
        given().queryParam("country", "pak").queryParam("limit", "0").queryParam("from", "2021-13")
                .queryParam("cursor", "garbage").queryParam("cameo", "4").queryParam("quad", "x")
                .get("/api/events").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body("type", equalTo("urn:entente:problem:invalid-parameter"))
                .body("instance", equalTo("/api/events"))
                .body("errors.field", containsInAnyOrder("country", "limit", "from", "cursor", "cameo", "quad"));
        given().queryParam("limit", "501").get("/api/trade").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("status", "rumoured").get("/api/agreements").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("from", "2022").queryParam("to", "2021").get("/api/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().queryParam("counterpart", "IND").get("/api/events").then().statusCode(400)
                .body("errors[0].field", equalTo("counterpart"));
    }

    @Test
    void unknownEntriesAndPathsAreNotFoundProblems() {
        given().get("/api/events/987654321987").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("there is no event with id 987654321987"));
        given().get("/api/agreements/987654321987").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().get("/api/trade/987654321987").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().get("/api/events/not-a-number").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().get("/api/nothing-here").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }
}
