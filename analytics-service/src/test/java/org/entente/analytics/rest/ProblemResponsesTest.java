package org.entente.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

/** Bad requests are answered with {@code application/problem+json} naming the parameters at fault. */
@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "analytics"))
class ProblemResponsesTest {

    private static ValidatableResponse get(String path, Map<String, String> query) {
        return given().queryParams(query).get(path).then();
    }

    private static ValidatableResponse invalid(String path, Map<String, String> query) {
        return get(path, query).statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("urn:entente:problem:invalid-parameters"))
                .body("status", equalTo(400))
                .body("instance", equalTo(path));
    }

    @Test
    void unknownAndMalformedCountryCodesAreRefused() {
        invalid("/api/analytics/trade-balance", Map.of("a", "XYZ", "b", "PAKISTAN"))
                .body("errors.field", hasItems("a", "b"))
                .body("errors.message", hasItem(containsString("alpha-3")));
    }

    @Test
    void missingCountriesAreRefused() {
        invalid("/api/analytics/trends", Map.of("a", "PAK")).body("errors.field", equalTo(List.of("b")));
    }

    @Test
    void aPairOfOneCountryIsRefused() {
        invalid("/api/analytics/trends", Map.of("a", "PAK", "b", "pak"))
                .body("errors[0].field", equalTo("b"))
                .body("errors[0].message", containsString("another country"));
    }

    @Test
    void anUnknownPeriodIsRefused() {
        invalid("/api/analytics/trends", Map.of("a", "PAK", "b", "IRN", "period", "week"))
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void malformedAndInvertedDatesAreRefused() {
        invalid("/api/analytics/trends", Map.of("a", "PAK", "b", "IRN", "from", "2024-13"))
                .body("errors[0].field", equalTo("from"));
        invalid("/api/analytics/trends", Map.of("a", "PAK", "b", "IRN", "from", "2024-03", "to", "2023"))
                .body("errors[0].field", equalTo("to"));
        invalid("/api/analytics/trade-balance", Map.of("a", "PAK", "b", "IRQ", "from", "twenty"))
                .body("errors[0].field", equalTo("from"));
        invalid("/api/analytics/trade-balance", Map.of("a", "PAK", "b", "IRQ", "from", "2024", "to", "2015"))
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void aWindowThatIsNotAWholeNumberOfAtLeastTwoIsRefused() {
        invalid("/api/analytics/trends", Map.of("a", "PAK", "b", "IRN", "window", "1"))
                .body("errors[0].field", equalTo("window"));
        invalid("/api/analytics/trends", Map.of("a", "PAK", "b", "IRN", "window", "three"))
                .body("errors[0].field", equalTo("window"));
    }

    @Test
    void anUnknownSortOrABadLimitIsRefused() {
        invalid("/api/analytics/dyads", Map.of("sort", "size", "limit", "0"))
                .body("errors.field", hasItems("sort", "limit"));
    }

    @Test
    void aRangeOfTooManyPeriodsIsRefused() {
        get("/api/analytics/trends", Map.of("a", "PAK", "b", "IRN", "period", "month", "from", "1900", "to", "2024"))
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("urn:entente:problem:range-too-long"))
                .body("detail", containsString("1500 months"));
    }

    @Test
    void anUnknownRebuildIsNotFound() {
        get("/api/analytics/rebuild/00000000-0000-0000-0000-000000000000", Map.of()).statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("urn:entente:problem:not-found"));
        get("/api/analytics/rebuild/not-a-uuid", Map.of()).statusCode(404);
    }

    @Test
    void aRebuildWithoutAnAcceptedKeyIsUnauthorized() {
        given().post("/api/analytics/rebuild").then().statusCode(401)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .header("WWW-Authenticate", containsString("X-Api-Key"));
        given().header("X-Api-Key", "not-the-key").post("/api/analytics/rebuild").then().statusCode(401);
    }
}
