package org.entente.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.analytics.testing.Facts.newId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.entente.analytics.testing.AnalyticsApi;
import org.entente.analytics.testing.Browser;
import org.entente.analytics.testing.CatalogTopic;
import org.entente.analytics.testing.ChartData;
import org.entente.analytics.testing.ChartData.Point;
import org.entente.analytics.testing.Facts;
import org.entente.analytics.testing.StandInCatalog;
import org.entente.analytics.testing.StandInCatalogResource;
import org.entente.analytics.testing.TestPairs;
import org.entente.analytics.testing.TestPairs.Pair;
import org.entente.contract.CatalogChange;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in headless Chromium: facts published on {@code catalog.facts}, consumed into the read model and
 * served by the analytics API, drawn by the page; agreements and events from a {@link StandInCatalog}.
 */
@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "analytics"))
@WithTestResource(StandInCatalogResource.class)
class DashboardTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static Browser browser;

    @TestHTTPResource("/dashboard")
    URL dashboard;

    /** Injected by {@link StandInCatalogResource}. */
    StandInCatalog catalog;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void catalogServesNoPair() {
        catalog.reset();
    }

    @Test
    void dashboardDrawsThePairsTrendAndTradeAndListsItsAgreementsAndEvents() {
        Pair pair = TestPairs.next();
        String a = pair.a();
        String b = pair.b();
        publishAndAwait(pair, 8, 5,
                Facts.event(newId(), 1, a, b, "042", 1, 1.9, "2022-03-10"),
                Facts.event(newId(), 1, b, a, "061", 2, 6.4, "2022-07-01"),
                Facts.event(newId(), 1, a, b, "112", 3, -2.0, "2023-02-14"),
                Facts.event(newId(), 1, b, a, "138", 3, -7.0, "2023-05-20"),
                Facts.event(newId(), 1, a, b, "190", 4, -10.0, "2023-09-09"),
                Facts.event(newId(), 1, a, b, "036", 1, 4.0, "2024-01-16"),
                Facts.event(newId(), 1, b, a, "057", 1, 8.0, "2024-04-02"),
                Facts.event(newId(), 1, b, a, "071", 2, 7.4, "2024-06"),
                Facts.trade(newId(), 1, a, b, "export", 2019, 3.0e8, "actual", false, "art-1"),
                Facts.trade(newId(), 1, a, b, "export", 2019, 2.8e8, "actual", true, "art-5"),
                Facts.trade(newId(), 1, b, a, "export", 2019, 1.0e8, "estimate", false, "art-2"),
                Facts.trade(newId(), 1, a, b, "total", 2020, 5.0e8, "actual", false, "art-3"),
                Facts.trade(newId(), 1, a, b, "total", 2025, 5.0e9, "target", false, "art-4"));
        catalog.serve(a, b);

        browser.openDashboard(dashboard + "?a=" + a + "&b=" + b);

        assertThat(browser.panelStates().values()).containsOnly("ready");
        assertThat(browser.texts("h1")).singleElement().asString().contains("(" + a + ")", "(" + b + ")");
        assertThat(browser.attributes("#pair option:checked", "value")).containsExactly(pair.dyad());
        assertThat(browser.attributes("#pair option:checked", "textContent")).singleElement().asString()
                .contains("8 events", "5 trade figures");

        ChartData events = browser.chart("trend-events-chart");
        assertThat(events.labels()).containsExactly("2022", "2023", "2024");
        assertThat(events.values("q1")).containsExactly(1.0, 0.0, 2.0);
        assertThat(events.values("q2")).containsExactly(1.0, 0.0, 1.0);
        assertThat(events.values("q3")).containsExactly(0.0, 2.0, 0.0);
        assertThat(events.values("q4")).containsExactly(0.0, 1.0, 0.0);
        assertThat(events.values("goldsteinMean")).containsExactly(4.15, -6.3333, 6.4667);
        assertThat(events.values("goldsteinMovingAverage")).containsExactly(null, null, 1.0875);
        ChartData cooperation = browser.chart("trend-cooperation-chart");
        assertThat(cooperation.values("cooperationIndex")).containsExactly(1.0, -1.0, 1.0);
        assertThat(cooperation.values("cooperationMovingAverage")).containsExactly(null, null, 0.25);

        ChartData trade = browser.chart("trade-chart");
        double exports2019 = AnalyticsApi.tradeBalance(pair).getDouble("years[0].aToB");
        assertThat(trade.labels()).containsExactly("2019", "2020", "2021", "2022", "2023", "2024", "2025");
        assertThat(trade.values("aToB")).isEqualTo(Arrays.asList(exports2019, null, null, null, null, null, null));
        assertThat(trade.basis("aToB").get(0)).isEqualTo("actual");
        assertThat(trade.values("bToA")).isEqualTo(Arrays.asList(1.0e8, null, null, null, null, null, null));
        assertThat(trade.basis("bToA")).isEqualTo(Arrays.asList("estimate", null, null, null, null, null, null));
        assertThat(trade.values("balance").get(0)).isEqualTo(exports2019 - 1.0e8);
        assertThat(trade.values("total")).isEqualTo(Arrays.asList(exports2019 + 1.0e8, 5.0e8, null, null, null, null,
                null));
        assertThat(trade.basis("total")).isEqualTo(Arrays.asList("estimate", "actual", null, null, null, null, null));
        assertThat(trade.points("targets")).singleElement().satisfies(target -> {
            assertThat(target.label()).isEqualTo("2025");
            assertThat(target.value()).isEqualTo(5.0e9);
            assertThat(target.drawnAt()).as("ten times the figures: drawn at the top of their scale").isLessThan(1e9);
        });
        assertThat(trade.points("conflicts")).containsExactly(new Point("2019", 3.0e8, 3.0e8));
        assertThat(browser.texts("#trade-notes li.conflict")).singleElement().asString()
                .contains("2019", "exports " + a + " → " + b, "$300M", "$280M");
        assertThat(browser.texts("#trade-notes li.target")).singleElement().asString()
                .contains("total trade of $5B by 2025", "$500M in 2020", "10%");

        assertThat(browser.texts("#agreements .agreement h3"))
                .containsExactly("Preferential Trade Agreement", "Cultural Exchange Programme");
        assertThat(browser.texts("#agreements .agreement:first-child .timeline > li > .badge"))
                .containsExactly("proposed", "signed", "in force");
        assertThat(browser.texts("#events .evidence mark"))
                .contains("signed a preferential trade agreement", "exchanged fire");
        assertThat(browser.attributes("#events .evidence a", "href")).contains(
                "https://news.example.org/2024/04/trade-pact", catalog.baseUrl() + "/api/articles/art-border");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot(Path.of("target", "dashboard.png"));
        browser.wholePageScreenshot(Path.of("target", "dashboard-full.png"));

        browser.select("period", "quarter");
        browser.awaitPanels();
        assertThat(browser.chart("trend-events-chart").labels()).hasSize(10).startsWith("2022-Q1").endsWith("2024-Q2");
        assertThat(browser.address()).contains("period=quarter");
    }

    @Test
    void anInvalidPairShowsEachServicesProblemInItsPanels() {
        browser.openDashboard(dashboard + "?a=P4K&b=IRN");

        assertThat(browser.panelStates().values()).containsOnly("error");
        assertThat(browser.panelMessage("trend-panel")).contains("Invalid parameters", "a: 'P4K' is not");
        assertThat(browser.panelMessage("trade-panel")).contains("Invalid parameters", "a: 'P4K' is not");
        assertThat(browser.panelMessage("agreements-panel"))
                .contains("Invalid query parameters", "country: must be a country code of 3 letters A-Z");
        assertThat(browser.panelMessage("events-panel")).contains("Invalid query parameters");
        assertThat(browser.chart("trend-events-chart")).as("no chart is drawn without data").isNull();
        browser.screenshot(Path.of("target", "dashboard-invalid-pair.png"));
    }

    @Test
    void anUnreachableCatalogIsReportedInItsPanelsWhileTheChartsStillDraw() {
        Pair pair = TestPairs.next();
        publishAndAwait(pair, 1, 0, Facts.event(newId(), 1, pair.a(), pair.b(), "040", 1, 1.0, "2021-05-05"));
        catalog.dropConnections();

        browser.openDashboard(dashboard + "?a=" + pair.a() + "&b=" + pair.b());

        assertThat(browser.panelStates()).containsEntry("trend-panel", "ready")
                .containsEntry("agreements-panel", "error").containsEntry("events-panel", "error");
        assertThat(browser.chart("trend-events-chart").values("q1")).containsExactly(1.0);
        for (String panel : new String[] {"agreements-panel", "events-panel"}) {
            assertThat(browser.panelMessage(panel)).contains("Could not reach catalog-service", catalog.baseUrl());
        }
    }

    @Test
    void aPairWithoutFactsSaysSoInsteadOfDrawingEmptyCharts() {
        Pair pair = TestPairs.next();

        browser.openDashboard(dashboard + "?a=" + pair.a() + "&b=" + pair.b());

        assertThat(browser.panelStates().values()).containsOnly("empty");
        assertThat(browser.panelMessage("trend-panel")).isEqualTo("No events for this pair yet.");
        assertThat(browser.panelMessage("trade-panel")).isEqualTo("No trade figures for this pair yet.");
        assertThat(browser.panelMessage("events-panel")).isEqualTo("No events for this pair yet.");
        assertThat(browser.panelMessage("agreements-panel")).startsWith("No agreements between");
        assertThat(browser.chart("trend-events-chart")).isNull();
        assertThat(browser.attributes("#pair option:checked", "textContent")).singleElement().asString()
                .endsWith("no facts yet");
    }

    @Test
    void thePageAndItsSettingsAreServed() {
        given().get(dashboard).then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<canvas id=\"trade-chart\""));
        given().get(dashboard + "/config.json").then().statusCode(200)
                .body("catalogUrl", equalTo(catalog.baseUrl()))
                .body("countries.PAK", equalTo("Pakistan"));
    }

    /** Publishes {@code changes} and waits until the analytics API counts the pair's events and trade figures. */
    private static void publishAndAwait(Pair pair, int events, int tradeFigures, CatalogChange... changes) {
        try (CatalogTopic topic = new CatalogTopic()) {
            topic.publish(changes);
        }
        await().atMost(PATIENCE).until(() -> {
            Map<String, Object> dyad = AnalyticsApi.dyad(pair);
            return dyad != null && Integer.valueOf(events).equals(eventsOf(dyad))
                    && Integer.valueOf(tradeFigures).equals(dyad.get("tradeFigures"));
        });
    }

    @SuppressWarnings("unchecked")
    private static Object eventsOf(Map<String, Object> dyad) {
        return ((Map<String, Object>) dyad.get("events")).get("events");
    }
}
