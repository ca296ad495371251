package org.entente.analytics.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** The analytics REST API as the tests call it; every call expects 200. */
public final class AnalyticsApi {

    private AnalyticsApi() {
    }

    /** {@code GET /api/analytics/trends} for the pair over the given periods. */
    public static JsonPath trends(TestPairs.Pair pair, String period, String from, String to) {
        return get("/api/analytics/trends", Map.of("a", pair.a(), "b", pair.b(), "period", period, "from", from,
                "to", to));
    }

    /** {@code GET /api/analytics/trade-balance} for the pair, all years. */
    public static JsonPath tradeBalance(TestPairs.Pair pair) {
        return get("/api/analytics/trade-balance", Map.of("a", pair.a(), "b", pair.b()));
    }

    /** The pair's entry of {@code GET /api/analytics/dyads?sort=activity&limit=1000}, or null when it is not listed. */
    public static Map<String, Object> dyad(TestPairs.Pair pair) {
        List<Map<String, Object>> dyads = get("/api/analytics/dyads", Map.of("limit", "1000")).getList("dyads");
        return dyads.stream().filter(dyad -> pair.dyad().equals(dyad.get("dyad"))).findFirst().orElse(null);
    }

    /** The number of events the pair has in {@code month} ({@code 2024-01}). */
    public static int eventsIn(TestPairs.Pair pair, String month) {
        return trends(pair, "month", month, month).getInt("periods[0].counts.events");
    }

    /** The body of a GET as text. */
    public static String text(String path, Map<String, String> query) {
        return request(query).get(path).then().statusCode(200).extract().asString();
    }

    /** Decimals as doubles (JsonPath's default is float). */
    private static final JsonPathConfig DOUBLES = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);

    private static JsonPath get(String path, Map<String, String> query) {
        return request(query).get(path).then().statusCode(200).extract().jsonPath(DOUBLES);
    }

    private static RequestSpecification request(Map<String, String> query) {
        return given().queryParams(query);
    }
}
