package org.entente.ingest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.ingest.testing.JsonApi;
import org.entente.localstack.Directories;
import org.entente.localstack.Ports;
import org.entente.localstack.stack.CatalogArticle;
import org.entente.localstack.stack.LocalStack;
import org.entente.localstack.stack.ServiceSpec;
import org.entente.localstack.tools.SyntheticArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing accepted is lost when PostgreSQL or Kafka restarts under the running services: the three packaged services
 * run on their own Kafka and PostgreSQL (persistent temporary data, so that both can be stopped and started again on
 * the same ports), articles are uploaded, and each server is restarted right after a burst of uploads, while
 * ingest's outbox relay, the catalog's consumers and outbox relay, and analytics' consumer are at work. In the end
 * the catalog shows every accepted article with all its facts, and analytics counts exactly the catalog's events.
 *
 * <p>Needs the three services packaged ({@code target/quarkus-app}); the reactor builds catalog-service and
 * analytics-service before this module, and failsafe runs after this module's own package.
 */
class StackRestartIT {

    /** Failsafe runs in the module's directory; the other modules are its siblings. */
    private static final Path REPO_ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LOG_DIR = Path.of("target", "restart-logs").toAbsolutePath();
    private static final Duration DOWNTIME = Duration.ofSeconds(3);
    private static final Duration PIPELINE = Duration.ofMinutes(4);
    private static final int BURST = 30;
    private static final String API_KEY = "restart-test-key";

    private final AtomicLong articleNumber = new AtomicLong(700_000);
    private final List<String> problems = new ArrayList<>();
    private Path data;
    private LocalStack stack;
    private JsonApi ingest;
    private JsonApi catalog;
    private JsonApi analytics;

    @BeforeEach
    void startStack() throws Exception {
        data = Files.createTempDirectory("entente-restart-it-");
        ServiceSpec ingestSpec = ServiceSpec.packagedModule(REPO_ROOT, "ingest-service", Ports.free(), "ingest");
        ServiceSpec catalogSpec = ServiceSpec.packagedModule(REPO_ROOT, "catalog-service", Ports.free(), "catalog");
        ServiceSpec analyticsSpec = ServiceSpec.packagedModule(REPO_ROOT, "analytics-service", Ports.free(),
                "analytics");
        stack = new LocalStack(new LocalStack.Config(data, LOG_DIR, Ports.free(), Ports.free(),
                List.of(ingestSpec, catalogSpec, analyticsSpec), API_KEY));
        stack.startInfrastructure();
        stack.startServices(problem -> {
            synchronized (problems) {
                problems.add(problem);
            }
        });
        ingest = new JsonApi(ingestSpec.port());
        catalog = new JsonApi(catalogSpec.port());
        analytics = new JsonApi(analyticsSpec.port());
    }

    @AfterEach
    void stopStack() throws Exception {
        try {
            if (stack != null) {
                stack.close();
            }
        } finally {
            Directories.deleteRecursively(data);
        }
    }

    @Test
    void everyAcceptedArticleReachesCatalogAndAnalyticsAcrossPostgresAndKafkaRestarts() throws Exception {
        Map<String, Integer> accepted = new LinkedHashMap<>();

        accepted.putAll(uploadBurst());
        stack.restartPostgres(DOWNTIME);
        accepted.putAll(uploadBurst());
        stack.restartKafka(DOWNTIME);
        accepted.putAll(uploadBurst());

        assertThat(accepted).hasSize(3 * BURST);
        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(problems).as("services that exited").isEmpty();
            for (Map.Entry<String, Integer> article : accepted.entrySet()) {
                Response response = catalog.request().get("/api/articles/" + article.getKey());
                assertThat(response.statusCode()).as("catalog article %s", article.getKey()).isEqualTo(200);
                assertThat(CatalogArticle.statements(JsonApi.parse(response.asString())))
                        .as("fact statements of article %s", article.getKey()).isEqualTo(article.getValue());
            }
        });
        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(analyticsEventCount()).as("events counted by analytics").isEqualTo(catalogEventCount()));
        assertThat(catalogEventCount()).isPositive();
    }

    /** Uploads {@link #BURST} new synthetic articles; returns each one's id and how many facts ingest extracted. */
    private Map<String, Integer> uploadBurst() {
        Map<String, Integer> accepted = new LinkedHashMap<>();
        for (int i = 0; i < BURST; i++) {
            SyntheticArticles.Article article = SyntheticArticles.number(articleNumber.incrementAndGet());
            Response response = ingest.request()
                    .header("X-Api-Key", API_KEY)
                    .contentType("text/plain; charset=UTF-8")
                    .queryParam("title", article.title())
                    .queryParam("published", article.published().toString())
                    .body(article.text())
                    .post("/api/articles");
            assertThat(response.statusCode()).as("upload: %s", response.asString()).isEqualTo(202);
            JsonNode outcome = JsonApi.parse(response.asString());
            accepted.put(outcome.path("id").asText(), outcome.path("events").asInt()
                    + outcome.path("agreements").asInt() + outcome.path("trade").asInt());
        }
        return accepted;
    }

    /** Every catalog event involves two states, so each is counted once for each of its countries. */
    private int catalogEventCount() {
        int perCountry = 0;
        for (JsonNode country : catalog.get("/api/countries")) {
            perCountry += country.path("events").asInt();
        }
        return perCountry / 2;
    }

    private int analyticsEventCount() {
        int events = 0;
        for (JsonNode dyad : analytics.get("/api/analytics/dyads", Map.of("limit", 1000)).path("dyads")) {
            events += dyad.path("events").path("events").asInt();
        }
        return events;
    }
}
