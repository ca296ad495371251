package org.entente.ingest.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.entente.ingest.testing.DownstreamServices;
import org.entente.ingest.testing.IntegrationApiKey;
import org.entente.ingest.testing.JsonApi;
import org.entente.ingest.testing.SampleArticles;
import org.entente.ingest.testing.SampleArticles.SampleArticle;
import org.entente.ingest.testing.TradeBalanceFigures;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline: the packaged ingest-service (under test) publishes the facts of the sample articles on Kafka,
 * the packaged catalog-service stores and merges them, and the packaged analytics-service counts them, all on one
 * real Kafka and PostgreSQL. Expectations come from ingest's own {@code POST /api/extract}, never from hard-coded
 * numbers of facts.
 *
 * <p>Needs {@code catalog-service} and {@code analytics-service} packaged ({@code target/quarkus-app}); the reactor
 * builds them before this module.
 */
@QuarkusIntegrationTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "ingest"))
@WithTestResource(IntegrationApiKey.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

    /** How long Kafka, the two consumers and the catalog's outbox may take to carry every fact through. */
    private static final Duration PIPELINE = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofSeconds(2);
    /** How long a settled pipeline must stay unchanged after a re-upload. */
    private static final Duration QUIET = Duration.ofSeconds(15);

    private static final DownstreamServices DOWNSTREAM = new DownstreamServices(IntegrationApiKey.KEY);

    /** The samples as uploaded, once per run; the other tests build on them. */
    private static List<Ingested> ingested;

    private JsonApi catalog;
    private JsonApi analytics;

    /**
     * One sample article after its upload.
     *
     * @param sample     the sample
     * @param id         the id the upload answered
     * @param extraction what {@code POST /api/extract} answered for the same input
     */
    private record Ingested(SampleArticle sample, String id, JsonNode extraction) {

        List<JsonNode> facts(String kind) {
            return StreamSupport.stream(extraction.path(kind).spliterator(), false).toList();
        }
    }

    @BeforeEach
    void startDownstreamServices() {
        // the infrastructure test resource may start only now, so the services start on first use, not in @BeforeAll
        DOWNSTREAM.startOnce();
        catalog = new JsonApi(DOWNSTREAM.catalogPort());
        analytics = new JsonApi(DOWNSTREAM.analyticsPort());
    }

    @AfterAll
    static void stopDownstreamServices() {
        DOWNSTREAM.stop();
    }

    @Test
    @Order(1)
    void sampleArticlesFlowIntoCatalogAndAnalytics() {
        List<Ingested> articles = samplesInCatalog();

        await().atMost(PIPELINE).pollInterval(POLL).untilAsserted(() -> {
            for (Ingested article : articles) {
                assertCatalogHoldsEventsOf(article);
                assertCatalogHoldsAgreementsOf(article);
                assertCatalogHoldsTradeOf(article);
            }
        });
        await().atMost(PIPELINE).pollInterval(POLL).untilAsserted(() -> {
            for (Ingested article : articles) {
                assertTradeBalanceShowsTradeOf(article);
                assertTrendsCountEventYearsOf(article);
            }
            for (String pair : eventPairs(articles)) {
                assertAnalyticsCountsTheCatalogsEvents(pair);
            }
        });
    }

    @Test
    @Order(2)
    void reuploadingTheSameArticlesAddsNothing() {
        List<Ingested> articles = samplesInCatalog();
        Map<String, Object> before = settledState(articles);

        for (Ingested article : articles) {
            Response again = upload(article.sample());
            assertThat(again.statusCode()).as(article.sample().file()).isEqualTo(200);
            assertThat(again.jsonPath().getBoolean("duplicate")).isTrue();
            assertThat(again.jsonPath().getString("id")).isEqualTo(article.id());
        }

        await().during(QUIET).atMost(QUIET.plus(PIPELINE)).pollInterval(POLL)
                .untilAsserted(() -> assertThat(state(articles)).isEqualTo(before));
        for (Ingested article : articles) {
            JsonNode record = JsonApi.parse(given().get("/api/articles/" + article.id())
                    .then().statusCode(200).extract().asString());
            assertThat(record.path("publishState").asText()).isEqualTo("published");
            assertThat(record.path("events").asInt()).isEqualTo(article.facts("events").size());
        }
    }

    @Test
    @Order(3)
    void deletingAnArticleRetractsItsFactsDownstream() {
        List<Ingested> articles = samplesInCatalog();
        settledState(articles);
        Ingested doomed = articleWithFactsOfItsOwn(articles);
        JsonNode statements = catalog.get("/api/articles/" + doomed.id());
        List<JsonNode> ownEvents = ownEntities(statements.path("events"), "eventId", "/api/events/", doomed);
        List<JsonNode> ownTrade = ownEntities(statements.path("trade"), "tradeId", "/api/trade/", doomed);
        Map<String, Integer> eventsBefore = new TreeMap<>();
        ownEvents.forEach(e -> eventsBefore.put(e.path("dyad").asText(), analyticsEventTotal(e.path("dyad").asText())));

        int status = catalog.request().header("X-Api-Key", IntegrationApiKey.KEY)
                .delete("/api/articles/" + doomed.id()).statusCode();
        assertThat(status).isEqualTo(204);

        assertThat(catalog.status("/api/articles/" + doomed.id())).isEqualTo(404);
        ownEvents.forEach(e -> assertThat(catalog.status("/api/events/" + e.path("id").asText())).isEqualTo(404));
        ownTrade.forEach(t -> assertThat(catalog.status("/api/trade/" + t.path("id").asText())).isEqualTo(404));
        await().atMost(PIPELINE).pollInterval(POLL).untilAsserted(() -> {
            for (Map.Entry<String, Integer> pair : eventsBefore.entrySet()) {
                long own = ownEvents.stream().filter(e -> e.path("dyad").asText().equals(pair.getKey())).count();
                int now = analyticsEventTotal(pair.getKey());
                assertThat(now).as("events of %s in analytics", pair.getKey())
                        .isLessThanOrEqualTo((int) (pair.getValue() - own))
                        .isEqualTo(catalogEvents(pair.getKey()).size());
            }
            for (JsonNode trade : ownTrade) {
                assertThat(TradeBalanceFigures.of(tradeBalance(trade.path("dyad").asText())))
                        .as("trade figures of %s", trade.path("dyad").asText())
                        .noneMatch(f -> f.articles().contains(doomed.id()));
            }
        });
    }

    // ---- uploading

    /**
     * Uploads every sample once per run, each compared with what {@code POST /api/extract} gives for the same input,
     * and waits until the catalog lists them all.
     */
    private List<Ingested> samplesInCatalog() {
        synchronized (EndToEndIT.class) {
            if (ingested == null) {
                ingested = SampleArticles.load().stream().map(this::uploadComparedWithExtraction).toList();
            }
        }
        await().atMost(PIPELINE).pollInterval(POLL).untilAsserted(() -> {
            Set<String> listed = new TreeSet<>();
            catalog.all("/api/articles", Map.of()).forEach(a -> listed.add(a.path("id").asText()));
            assertThat(listed).containsAll(ingested.stream().map(Ingested::id).toList());
        });
        return ingested;
    }

    private Ingested uploadComparedWithExtraction(SampleArticle sample) {
        JsonNode extraction = JsonApi.parse(withMetadata(given(), sample).body(sample.text())
                .post("/api/extract").then().statusCode(200).extract().asString());
        Response upload = upload(sample);
        assertThat(upload.statusCode()).as("upload of %s: %s", sample.file(), upload.asString()).isEqualTo(202);
        JsonNode outcome = JsonApi.parse(upload.asString());
        String id = outcome.path("id").asText();

        assertThat(id).as(sample.file()).isEqualTo(extraction.path("article").path("id").asText());
        assertThat(outcome.path("duplicate").asBoolean()).isFalse();
        for (String kind : List.of("events", "agreements", "trade")) {
            assertThat(outcome.path(kind).asInt()).as("%s of %s", kind, sample.file())
                    .isEqualTo(extraction.path(kind).size());
        }
        assertThat(extraction.path("events").size()).as("events of %s", sample.file()).isPositive();
        if (sample.published() != null) {
            assertThat(extraction.path("article").path("published").asText()).isEqualTo(sample.published());
        }
        return new Ingested(sample, id, extraction);
    }

    private static Response upload(SampleArticle sample) {
        return withMetadata(given().header("X-Api-Key", IntegrationApiKey.KEY), sample).body(sample.text())
                .post("/api/articles");
    }

    private static RequestSpecification withMetadata(RequestSpecification request, SampleArticle sample) {
        request.contentType(ContentType.TEXT).queryParam("title", sample.file());
        return sample.published() == null ? request : request.queryParam("published", sample.published());
    }

    // ---- the catalog

    private void assertCatalogHoldsEventsOf(Ingested article) {
        JsonNode statements = catalog.get("/api/articles/" + article.id()).path("events");
        assertThat(evidence(statements)).as("event evidence of %s", article.sample().file())
                .containsExactlyInAnyOrderElementsOf(evidence(article.facts("events")));
        for (JsonNode statement : statements) {
            String pair = dyad(statement.path("source").asText(), statement.path("target").asText());
            assertThat(catalogEvents(pair))
                    .as("events of %s listing %s", pair, article.sample().file())
                    .anyMatch(e -> sameId(e, statement.path("eventId")) && listsArticle(e, article));
        }
    }

    private void assertCatalogHoldsAgreementsOf(Ingested article) {
        JsonNode statements = catalog.get("/api/articles/" + article.id()).path("agreements");
        assertThat(evidence(statements)).as("agreement evidence of %s", article.sample().file())
                .containsExactlyInAnyOrderElementsOf(evidence(article.facts("agreements")));
        for (JsonNode statement : statements) {
            JsonNode parties = statement.path("parties");
            List<JsonNode> agreements = catalog.all("/api/agreements",
                    Map.of("country", parties.path(0).asText(), "counterpart", parties.path(1).asText()));
            assertThat(agreements).as("agreements of %s listing %s", parties, article.sample().file())
                    .anyMatch(a -> sameId(a, statement.path("agreementId")) && listsArticle(a, article));
        }
    }

    private void assertCatalogHoldsTradeOf(Ingested article) {
        JsonNode statements = catalog.get("/api/articles/" + article.id()).path("trade");
        assertThat(evidence(statements)).as("trade evidence of %s", article.sample().file())
                .containsExactlyInAnyOrderElementsOf(evidence(article.facts("trade")));
        for (JsonNode statement : statements) {
            JsonNode figure = catalog.get("/api/trade/" + statement.path("tradeId").asText());
            assertThat(listsArticle(figure, article)).as("trade %s lists %s", figure, article.sample().file())
                    .isTrue();
            if (statement.path("exporter").isTextual() && statement.path("importer").isTextual()) {
                assertThat(catalog.all("/api/trade", Map.of("country", statement.path("exporter").asText(),
                        "counterpart", statement.path("importer").asText())))
                        .anyMatch(t -> sameId(t, statement.path("tradeId")));
            }
        }
    }

    private List<JsonNode> catalogEvents(String pair) {
        String[] codes = pair.split("-");
        return catalog.all("/api/events", Map.of("country", codes[0], "counterpart", codes[1]));
    }

    /** Where each fact is stated: its evidence's offsets and quote, as the extraction and the catalog both give. */
    private static List<String> evidence(Iterable<JsonNode> facts) {
        List<String> places = new ArrayList<>();
        for (JsonNode fact : facts) {
            JsonNode e = fact.path("evidence");
            places.add(e.path("start").asInt() + "-" + e.path("end").asInt() + " " + e.path("quote").asText());
        }
        return places;
    }

    private static boolean sameId(JsonNode entity, JsonNode id) {
        return entity.path("id").asText().equals(id.asText());
    }

    private static boolean listsArticle(JsonNode entity, Ingested article) {
        return StreamSupport.stream(entity.path("articles").spliterator(), false)
                .anyMatch(a -> a.asText().equals(article.id()));
    }

    // ---- analytics

    /** Each trade figure in US dollars for all goods is shown by the trade balance of its pair, with its article. */
    private void assertTradeBalanceShowsTradeOf(Ingested article) {
        for (JsonNode fact : article.facts("trade")) {
            if (!fact.path("value_usd").isNumber() || !fact.path("product").isNull()
                    || !fact.path("exporter").isTextual() || !fact.path("importer").isTextual()) {
                continue; // analytics leaves these out
            }
            String a = fact.path("exporter").asText();
            String b = fact.path("importer").asText();
            JsonNode balance = analytics.get("/api/analytics/trade-balance", Map.of("a", a, "b", b));
            String series = expectedSeries(fact);
            Integer year = fact.path("year").isNumber() ? fact.path("year").asInt() : null;
            double value = fact.path("value_usd").asDouble();
            assertThat(TradeBalanceFigures.of(balance)).as("trade balance %s/%s: %s", a, b, balance)
                    .anyMatch(f -> f.matches(series, year, value) && f.articles().contains(article.id()));
        }
    }

    /** The series of the trade balance {@code a=exporter&b=importer} that shows the figure. */
    private static String expectedSeries(JsonNode trade) {
        boolean total = trade.path("flow").asText().equals("total");
        if (trade.path("basis").asText().equals("target")) {
            return total ? "target:total" : "target:aToB";
        }
        return total ? "statedTotal" : "aToB";
    }

    /** Every year an extracted event is dated in holds at least one event of its pair in analytics' trends. */
    private void assertTrendsCountEventYearsOf(Ingested article) {
        for (JsonNode event : article.facts("events")) {
            if (!event.path("date").isTextual() || !isPair(event)) {
                continue;
            }
            String year = event.path("date").asText().substring(0, 4);
            String pair = dyad(event.path("source").asText(), event.path("target").asText());
            JsonNode trends = trends(pair);
            assertThat(trends.path("periods")).as("trends of %s: %s", pair, trends)
                    .anyMatch(p -> p.path("period").asText().equals(year)
                            && p.path("counts").path("events").asInt() > 0);
        }
    }

    /** Analytics counts, over all periods and undated, exactly the events the catalog lists for the pair. */
    private void assertAnalyticsCountsTheCatalogsEvents(String pair) {
        int inCatalog = catalogEvents(pair).size();
        assertThat(inCatalog).as("catalog events of %s", pair).isPositive();
        assertThat(analyticsEventTotal(pair)).as("analytics events of %s", pair).isEqualTo(inCatalog);
    }

    private int analyticsEventTotal(String pair) {
        JsonNode trends = trends(pair);
        int total = trends.path("undated").path("events").asInt(0) + trends.path("coarser").path("events").asInt(0);
        for (JsonNode period : trends.path("periods")) {
            total += period.path("counts").path("events").asInt();
        }
        return total;
    }

    private JsonNode trends(String pair) {
        String[] codes = pair.split("-");
        return analytics.get("/api/analytics/trends", Map.of("a", codes[0], "b", codes[1], "period", "year"));
    }

    private JsonNode tradeBalance(String pair) {
        String[] codes = pair.split("-");
        return analytics.get("/api/analytics/trade-balance", Map.of("a", codes[0], "b", codes[1]));
    }

    private static Set<String> eventPairs(List<Ingested> articles) {
        Set<String> pairs = new TreeSet<>();
        articles.forEach(a -> a.facts("events").stream().filter(EndToEndIT::isPair)
                .forEach(e -> pairs.add(dyad(e.path("source").asText(), e.path("target").asText()))));
        return pairs;
    }

    private static boolean isPair(JsonNode event) {
        return event.path("source").isTextual() && event.path("target").isTextual()
                && !event.path("source").asText().equals(event.path("target").asText());
    }

    /** The pair's key as catalog and analytics write it: both codes, sorted, e.g. {@code IRQ-PAK}. */
    private static String dyad(String one, String other) {
        return one.compareTo(other) <= 0 ? one + "-" + other : other + "-" + one;
    }

    // ---- settling and deletion

    /**
     * What the catalog holds (every article, and every event, agreement and trade figure with its version and
     * mentions) and what analytics shows for the samples' pairs.
     */
    private Map<String, Object> state(List<Ingested> articles) {
        Map<String, Object> state = new TreeMap<>();
        state.put("articles", ids(catalog.all("/api/articles", Map.of()), "id"));
        state.put("events", ids(catalog.all("/api/events", Map.of()), "id", "version", "mentionCount"));
        state.put("agreements", ids(catalog.all("/api/agreements", Map.of()), "id", "version", "mentionCount"));
        state.put("trade", ids(catalog.all("/api/trade", Map.of()), "id", "version", "mentionCount"));
        for (String pair : eventPairs(articles)) {
            state.put("trends " + pair, trends(pair));
            state.put("trade-balance " + pair, tradeBalance(pair));
        }
        return state;
    }

    private static Set<String> ids(List<JsonNode> items, String... fields) {
        Set<String> ids = new TreeSet<>();
        for (JsonNode item : items) {
            StringBuilder id = new StringBuilder();
            for (String field : fields) {
                id.append(item.path(field).asText()).append('/');
            }
            ids.add(id.toString());
        }
        return ids;
    }

    /** Waits until the state is the same in two polls in a row, and returns it. */
    private Map<String, Object> settledState(List<Ingested> articles) {
        AtomicReference<Map<String, Object>> last = new AtomicReference<>();
        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(5)).until(() -> {
            Map<String, Object> now = state(articles);
            return now.equals(last.getAndSet(now));
        });
        return last.get();
    }

    /** The first sample with an event and a trade figure that no other article states, or at least such an event. */
    private Ingested articleWithFactsOfItsOwn(List<Ingested> articles) {
        Ingested withOwnEvents = null;
        for (Ingested article : articles) {
            JsonNode statements = catalog.get("/api/articles/" + article.id());
            boolean ownEvents = !ownEntities(statements.path("events"), "eventId", "/api/events/", article).isEmpty();
            boolean ownTrade = !ownEntities(statements.path("trade"), "tradeId", "/api/trade/", article).isEmpty();
            if (ownEvents && ownTrade) {
                return article;
            }
            if (ownEvents && withOwnEvents == null) {
                withOwnEvents = article;
            }
        }
        assertThat(withOwnEvents).as("a sample with an event no other sample reports").isNotNull();
        return withOwnEvents;
    }

    /** The catalog entities behind the article's statements that list no other article. */
    private List<JsonNode> ownEntities(JsonNode statements, String idField, String path, Ingested article) {
        Set<String> ids = new TreeSet<>();
        statements.forEach(s -> ids.add(s.path(idField).asText()));
        List<JsonNode> own = new ArrayList<>();
        for (String id : ids) {
            JsonNode entity = catalog.get(path + id);
            JsonNode listed = entity.path("articles");
            if (listed.size() == 1 && listed.path(0).asText().equals(article.id())) {
                own.add(entity);
            }
        }
        return own;
    }
}
