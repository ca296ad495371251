package org.entente.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.analytics.testing.AnalyticsApi.eventsIn;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.entente.analytics.testing.AnalyticsApi;
import org.entente.analytics.testing.CatalogTopic;
import org.entente.analytics.testing.Facts;
import org.entente.analytics.testing.TestPairs;
import org.entente.analytics.testing.TestPairs.Pair;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

/** The packaged service, in its production profile, on real Kafka and PostgreSQL. */
@QuarkusIntegrationTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "analytics"))
class AnalyticsServiceIT {

    @Test
    void thePackagedServiceConsumesTheTopicAndAnswers() {
        Pair pair = TestPairs.next();
        try (CatalogTopic topic = new CatalogTopic()) {
            topic.publish(
                    Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "195", 4, -10.0, "2024-01-16"),
                    Facts.event(Facts.newId(), 1, pair.b(), pair.a(), "040", 1, 1.0, "2024-02-03"),
                    Facts.trade(Facts.newId(), 1, pair.a(), pair.b(), "total", 2023, 1.0e9, "actual", false, "a1"));
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> eventsIn(pair, "2024-02") == 1);
        JsonPath trends = AnalyticsApi.trends(pair, "month", "2024-01", "2024-02");
        assertThat(trends.getList("periods.counts.goldsteinSum", Double.class)).containsExactly(-10.0, 1.0);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> AnalyticsApi.tradeBalance(pair).getList("years.total", Double.class).contains(1.0e9));
    }

    @Test
    void healthOpenApiAndSwaggerUiAreServedInProduction() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void noKeyIsAcceptedInProductionByDefault() {
        given().header("X-Api-Key", "dev-key").post("/api/analytics/rebuild").then().statusCode(401);
    }
}
