package org.entente.catalog.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.entente.catalog.support.Countries;
import org.entente.catalog.support.Facts;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class TradeClaimsTest {

    @Inject
    FactIngestion ingestion;

    private static JsonPath trade(String country, String... filters) {
        var request = given().queryParam("country", country);
        for (int i = 0; i < filters.length; i += 2) {
            request = request.queryParam(filters[i], filters[i + 1]);
        }
        return request.get("/api/trade").then().statusCode(200).extract().jsonPath();
    }

    @Test
    @SuppressWarnings("unchecked")
    void differingActualFiguresForOneFlowAndYearAreKeptAndFlaggedAsConflicting() {
        String pak = Countries.fresh();
        String irq = Countries.fresh();
        String first = Facts.article();
        String second = Facts.article();
        String third = Facts.article();

        ingestion.ingest(Facts.trade(first, "t1", pak, irq, "export", 2019, 1.5e9, "actual"), null);
        ingestion.ingest(Facts.trade(second, "t1", pak, irq, "export", 2019, 1.2e9, "actual"), null);
        ingestion.ingest(Facts.trade(third, "t1", pak, irq, "export", 2019, 1.501e9, "actual"), null);

        List<Map<String, Object>> figures = trade(pak).getList("items");
        assertThat(figures).hasSize(2).allSatisfy(f -> assertThat(f.get("conflict")).isEqualTo(true));
        Map<String, Object> agreed = figures.stream().filter(f -> (int) f.get("mentionCount") == 2).findFirst()
                .orElseThrow();
        Map<String, Object> disputed = figures.stream().filter(f -> (int) f.get("mentionCount") == 1).findFirst()
                .orElseThrow();
        assertThat((List<Object>) agreed.get("articles")).containsExactlyInAnyOrder(first, third);
        assertThat((List<Object>) agreed.get("sources")).hasSize(2);
        assertThat(((Map<?, ?>) ((List<?>) agreed.get("conflictsWith")).get(0)).get("id")).isEqualTo(disputed.get("id"));
        assertThat(((Map<?, ?>) ((List<?>) disputed.get("conflictsWith")).get(0)).get("articles"))
                .isEqualTo(agreed.get("articles"));
        assertThat(trade(pak, "conflict", "true").getList("items")).hasSize(2);
    }

    @Test
    void agreeingSourcesAreOneFigureWithoutConflict() {
        String a = Countries.fresh();
        String b = Countries.fresh();

        ingestion.ingest(Facts.trade(Facts.article(), "t1", a, b, "export", 2020, 66.2e6, "actual"), null);
        ingestion.ingest(Facts.trade(Facts.article(), "t1", a, b, "export", 2020, 66.2e6, "actual"), null);

        JsonPath figures = trade(a);
        assertThat(figures.getList("items")).hasSize(1);
        assertThat(figures.getBoolean("items[0].conflict")).isFalse();
        assertThat(figures.getInt("items[0].mentionCount")).isEqualTo(2);
        assertThat(figures.getList("items[0].conflictsWith")).isEmpty();
    }

    @Test
    void estimatesFiguresWithoutYearAndOtherFlowsDoNotConflict() {
        String a = Countries.fresh();
        String b = Countries.fresh();

        ingestion.ingest(Facts.trade(Facts.article(), "t1", a, b, "export", 2020, 1.0e9, "estimate"), null);
        ingestion.ingest(Facts.trade(Facts.article(), "t1", a, b, "export", 2020, 2.0e9, "estimate"), null);
        ingestion.ingest(Facts.trade(Facts.article(), "t1", a, b, "export", null, 1.0e9, "actual"), null);
        ingestion.ingest(Facts.trade(Facts.article(), "t1", a, b, "export", null, 3.0e9, "actual"), null);
        ingestion.ingest(Facts.trade(Facts.article(), "t1", b, a, "export", 2020, 4.0e9, "actual"), null);
        ingestion.ingest(Facts.trade(Facts.article(), "t1", a, b, "export", 2020, 5.0e9, "actual"), null);

        assertThat(trade(a).getList("items")).hasSize(6);
        assertThat(trade(a, "conflict", "true").getList("items")).isEmpty();
    }

    @Test
    void aTotalFlowIsTheSameWhicheverWayItsPartiesAreNamed() {
        String a = Countries.fresh();
        String b = Countries.fresh();

        ingestion.ingest(Facts.trade(Facts.article(), "t1", a, b, "total", 2018, 2.0e9, "actual"), null);
        ingestion.ingest(Facts.trade(Facts.article(), "t1", b, a, "total", 2018, 2.0e9, "actual"), null);

        JsonPath figures = trade(a, "flow", "total");
        assertThat(figures.getList("items")).hasSize(1);
        assertThat(figures.getInt("items[0].mentionCount")).isEqualTo(2);
        assertThat(figures.getString("items[0].exporter")).isEqualTo(a.compareTo(b) < 0 ? a : b);
    }
}
