package org.entente.catalog.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.entente.catalog.support.Countries;
import org.entente.catalog.support.Facts;
import org.entente.contract.ExtractedFact;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * Ingests one set of facts in several shuffled orders, each round under its own pair of country codes (in the
 * same alphabetical order, which joint acts follow) and article ids, and checks that every round ends with the
 * same catalog once codes and ids are mapped back to their roles. Rounds apply the facts one by one, all in one
 * batch, or in batches of random sizes.
 */
@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class OrderIndependenceTest {

    private static final int ROUNDS = 5;

    @Inject
    FactIngestion ingestion;

    /** The fact set, written for countries {@code A}, {@code B} and articles {@code 1}..{@code 6}. */
    private static List<ExtractedFact> facts(Function<String, String> country, Function<String, String> article) {
        String a = country.apply("A");
        String b = country.apply("B");
        return List.of(
                Facts.event(article.apply("1"), "e1", a, b, "042", "2021-03-14"),
                Facts.event(article.apply("2"), "e1", a, b, "042", "2021-03"),
                Facts.event(article.apply("3"), "e1", a, b, "04", "2021"),
                Facts.event(article.apply("3"), "e2", a, b, "043", "2021-03-20"),
                Facts.event(article.apply("4"), "e1", a, b, "043", "2021"),
                Facts.event(article.apply("4"), "e2", a, b, "0421", "2021-03-14"),
                Facts.event(article.apply("5"), "e1", a, b, "042", "2021-05-02"),
                Facts.event(article.apply("5"), "e2", a, b, "042", null),
                Facts.event(article.apply("6"), "e1", b, a, "042", "2021-03-14"),
                Facts.event(article.apply("6"), "e2", a, b, "057", "2020-05-10"),
                Facts.event(article.apply("2"), "e2", b, a, "057", "2020-05"),
                Facts.event(article.apply("5"), "e3", b, a, "046", "2021-04"),
                Facts.event(article.apply("1"), "e2", a, b, "046", "2021-04-02"),
                Facts.agreement(article.apply("1"), "g1", List.of(a, b), "Trade and Transit Agreement", "agreement",
                        "trade", "proposed", "2019"),
                Facts.agreement(article.apply("2"), "g1", List.of(a, b), "the transit and trade agreement",
                        "agreement", "trade", "signed", "2020-05-10"),
                Facts.agreement(article.apply("3"), "g1", List.of(a, b), "trade transit agreement", "agreement",
                        "trade", "stalled", "2023"),
                Facts.agreement(article.apply("4"), "g1", List.of(a, b), "Gas Pipeline Agreement", "agreement",
                        "trade", "signed", "2020"),
                Facts.trade(article.apply("1"), "t1", a, b, "export", 2020, 1.5e9, "actual"),
                Facts.trade(article.apply("2"), "t1", a, b, "export", 2020, 1.52e9, "actual"),
                Facts.trade(article.apply("3"), "t1", a, b, "export", 2020, 1.5e9, "actual"),
                Facts.trade(article.apply("4"), "t1", b, a, "total", 2020, 3.0e9, "estimate"));
    }

    @Test
    void anyOrderOfTheSameFactsGivesTheSameCatalog() {
        Random random = new Random(20260101);
        List<String> catalogs = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<String> codes = Stream.of(Countries.fresh(), Countries.fresh()).sorted().toList();
            String a = codes.get(0);
            String b = codes.get(1);
            String prefix = Facts.article() + "-";
            Map<String, String> roles = Map.of(a, "A", b, "B");
            List<ExtractedFact> facts = new ArrayList<>(facts(Map.of("A", a, "B", b)::get, n -> prefix + n));
            Collections.shuffle(facts, random);

            ingestInBatches(facts, round, random);

            catalogs.add(catalog(a, b, text -> anonymise(text, roles, prefix)));
        }
        assertThat(catalogs.get(0)).contains("\"cameo\":\"0421\"").contains("\"conflict\":true")
                .as("a joint act reported with the parties in both orders is one event, listed alphabetically")
                .contains("{\"source\":\"A\",\"target\":\"B\",\"cameo\":\"046\",\"quad\":1,\"date\":\"2021-04-02\","
                        + "\"datePrecision\":\"day\",\"mentionCount\":2,")
                .contains("{\"source\":\"A\",\"target\":\"B\",\"cameo\":\"057\",\"quad\":1,\"date\":\"2020-05-10\","
                        + "\"datePrecision\":\"day\",\"mentionCount\":2,");
        assertThat(catalogs).allMatch(catalogs.get(0)::equals);
    }

    /**
     * Ingests the facts one by one (round 0), all in one batch (round 1), or in batches of random sizes, so that
     * batching is one more thing the catalog must not depend on.
     */
    private void ingestInBatches(List<ExtractedFact> facts, int round, Random random) {
        int from = 0;
        while (from < facts.size()) {
            int size = round == 0 ? 1 : round == 1 ? facts.size() : 1 + random.nextInt(8);
            int to = Math.min(facts.size(), from + size);
            ingestion.ingestAll(facts.subList(from, to).stream().map(f -> new ReceivedFact(f, null)).toList());
            from = to;
        }
    }

    /** The catalog of a dyad as sorted lines of JSON, without ids, versions and link targets' ids. */
    private static String catalog(String a, String b, Function<String, String> anonymise) {
        TreeSet<String> lines = new TreeSet<>();
        JsonPath events = list("/api/events", a, b);
        Map<Long, String> eventLines = new java.util.HashMap<>();
        for (Object id : events.getList("items.id")) {
            Map<String, Object> event = given().get("/api/events/" + id).then().statusCode(200).extract().jsonPath()
                    .getMap("");
            String line = anonymise.apply(describe(event, List.of("source", "target", "cameo", "quad", "date",
                    "datePrecision", "mentionCount", "articles", "firstReported", "lastReported"))
                    + mentions(event, "mentions"));
            eventLines.put(((Number) id).longValue(), line);
            lines.add("event " + line);
        }
        JsonPath agreements = list("/api/agreements", a, b);
        for (Object id : agreements.getList("items.id")) {
            Map<String, Object> agreement = given().get("/api/agreements/" + id).then().statusCode(200).extract()
                    .jsonPath().getMap("");
            Object signing = agreement.get("signingEventId");
            lines.add("agreement " + anonymise.apply(describe(agreement, List.of("parties", "title", "type", "domain",
                    "status", "date", "mentionCount", "articles")) + mentions(agreement, "statusHistory"))
                    + " signed by " + (signing == null ? "-" : eventLines.get(((Number) signing).longValue())));
        }
        JsonPath trade = list("/api/trade", a, b);
        for (Map<String, Object> figure : trade.<Map<String, Object>>getList("items")) {
            lines.add("trade " + anonymise.apply(describe(figure, List.of("exporter", "importer", "flow", "year",
                    "valueUsd", "basis", "conflict", "mentionCount", "articles")) + mentions(figure, "sources")
                    + " vs " + ((List<?>) figure.get("conflictsWith")).stream()
                    .map(other -> ((Map<?, ?>) other).get("valueUsd")).sorted().toList()));
        }
        return String.join("\n", lines);
    }

    private static JsonPath list(String path, String a, String b) {
        return given().queryParam("country", a).queryParam("counterpart", b).queryParam("limit", 500).get(path)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String describe(Map<String, Object> entity, List<String> fields) {
        StringBuilder text = new StringBuilder("{");
        for (String field : fields) {
            text.append('"').append(field).append("\":").append(jsonish(entity.get(field))).append(',');
        }
        return text.append('}').toString();
    }

    private static String mentions(Map<String, Object> entity, String field) {
        return ((List<?>) entity.get(field)).stream()
                .map(m -> ((Map<?, ?>) m).get("articleId") + "/" + ((Map<?, ?>) m).get("factId"))
                .sorted().toList().toString();
    }

    private static String jsonish(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(OrderIndependenceTest::jsonish).sorted().toList().toString();
        }
        return String.valueOf(value);
    }

    private static String anonymise(String text, Map<String, String> roles, String articlePrefix) {
        String result = text.replace(articlePrefix, "article-");
        for (Map.Entry<String, String> role : roles.entrySet()) {
            result = result.replace(role.getKey(), role.getValue());
        }
        return result;
    }
}
