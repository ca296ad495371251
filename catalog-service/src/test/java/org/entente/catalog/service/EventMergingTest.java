package org.entente.catalog.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.entente.catalog.support.Countries;
import org.entente.catalog.support.Facts;
import org.entente.contract.ExtractedFact;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class EventMergingTest {

    @Inject
    FactIngestion ingestion;

    private static JsonPath events(String country, String counterpart) {
        return given().queryParam("country", country).queryParam("counterpart", counterpart).get("/api/events")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath event(long id) {
        return given().get("/api/events/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void threeArticlesReportingTheSameEventAreOneEventWithThreeMentions() {
        String pak = Countries.fresh();
        String irq = Countries.fresh();
        String first = Facts.article();
        String second = Facts.article();
        String third = Facts.article();

        ingestion.ingest(Facts.event(first, "f1", pak, irq, "042", "2021-03-14"), null);
        ingestion.ingest(Facts.event(second, "f7", pak, irq, "04", "2021-03"), null);
        ingestion.ingest(Facts.event(third, "f2", pak, irq, "042", "2021"), null);

        JsonPath list = events(pak, irq);
        assertThat(list.getList("items")).hasSize(1);
        JsonPath merged = event(list.getLong("items[0].id"));
        assertThat(merged.getString("cameo")).isEqualTo("042");
        assertThat(merged.getString("date")).isEqualTo("2021-03-14");
        assertThat(merged.getString("datePrecision")).isEqualTo("day");
        assertThat(merged.getInt("mentionCount")).isEqualTo(3);
        assertThat(merged.getList("articles")).containsExactlyInAnyOrder(first, second, third);
        assertThat(merged.getList("mentions.articleId")).containsExactlyInAnyOrder(first, second, third);
        assertThat(merged.getList("mentions.evidence.sentence")).allSatisfy(s -> assertThat((String) s).isNotBlank());
    }

    @Test
    void anEventStatedTwiceInOneArticleHasTwoMentionsFromOneArticle() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        String article = Facts.article();

        ingestion.ingest(Facts.event(article, "f1", a, b, "190", "1971-12"), null);
        ingestion.ingest(Facts.event(article, "f9", a, b, "190", "1971"), null);

        JsonPath list = events(a, b);
        assertThat(list.getList("items")).hasSize(1);
        assertThat(list.getInt("items[0].mentionCount")).isEqualTo(2);
        assertThat(list.getList("items[0].articles")).containsExactly(article);
    }

    @Test
    void differentDaysSiblingCodesAndOppositeDirectionsAreSeparateEvents() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        String article = Facts.article();

        ingestion.ingest(Facts.event(article, "f1", a, b, "042", "2021-03-14"), null);
        ingestion.ingest(Facts.event(article, "f2", a, b, "042", "2021-03-20"), null);
        ingestion.ingest(Facts.event(article, "f3", a, b, "043", "2021-03-14"), null);
        ingestion.ingest(Facts.event(article, "f4", b, a, "042", "2021-03-14"), null);

        assertThat(events(a, b).getList("items")).hasSize(4);
    }

    @Test
    void anUndatedMentionIsNotMergedIntoADatedEvent() {
        String a = Countries.fresh();
        String b = Countries.fresh();

        ingestion.ingest(Facts.event(Facts.article(), "f1", a, b, "042", "2021-03-14"), null);
        ingestion.ingest(Facts.event(Facts.article(), "f1", a, b, "042", null), null);
        ingestion.ingest(Facts.event(Facts.article(), "f1", a, b, "04", null), null);

        List<Integer> mentionCounts = events(a, b).getList("items.mentionCount", Integer.class);
        assertThat(mentionCounts).containsExactly(1, 2);
        assertThat(events(a, b).getString("items[1].date")).isNull();
    }

    @Test
    void conflictingStatementsAreKeptSideBySide() {
        String first = Countries.fresh();
        String second = Countries.fresh();
        String recognised = Countries.fresh();

        ingestion.ingest(Facts.event(Facts.article(), "f1", first, recognised, "054", "1947"), null);
        ingestion.ingest(Facts.event(Facts.article(), "f1", second, recognised, "054", "1947"), null);

        JsonPath recognitions = given().queryParam("country", recognised).queryParam("cameo", "054")
                .get("/api/events").then().statusCode(200).extract().jsonPath();
        assertThat(recognitions.getList("items.source")).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void statementsOfOneEventIngestedConcurrentlyEndAsOneEvent() throws Exception {
        String a = Countries.fresh();
        String b = Countries.fresh();
        List<ExtractedFact> reports = IntStream.range(0, 8)
                .mapToObj(i -> i % 2 == 0
                        ? Facts.event(Facts.article(), "f1", a, b, "042", "2023-07-01")
                        : Facts.event(Facts.article(), "f1", a, b, "04", "2023-07"))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> applied = reports.stream()
                    .map(fact -> pool.submit(() -> ingestion.ingest(fact, null)))
                    .toList();
            for (Future<Boolean> result : applied) {
                assertThat(result.get(2, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        JsonPath list = events(a, b);
        assertThat(list.getList("items")).hasSize(1);
        assertThat(list.getInt("items[0].mentionCount")).isEqualTo(8);
        assertThat(list.getString("items[0].date")).isEqualTo("2023-07-01");
        assertThat(list.getString("items[0].cameo")).isEqualTo("042");
    }

    @Test
    void aMoreSpecificMentionRefinesTheEventAndBumpsItsVersion() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        ingestion.ingest(Facts.event(Facts.article(), "f1", a, b, "04", "2022"), null);
        long id = events(a, b).getLong("items[0].id");

        ingestion.ingest(Facts.event(Facts.article(), "f1", a, b, "042", "2022-07-01"), null);

        JsonPath refined = event(id);
        assertThat(refined.getString("cameo")).isEqualTo("042");
        assertThat(refined.getString("date")).isEqualTo("2022-07-01");
        assertThat(refined.getLong("version")).isEqualTo(2);
    }

    @Test
    void aJointActReportedWithThePartiesInEitherOrderIsOneEvent() {
        for (boolean reversedFirst : List.of(true, false)) {
            for (String code : List.of("040", "041", "044", "046", "057")) {
                List<String> pair = sortedFreshPair();
                String a = pair.get(0);
                String b = pair.get(1);
                ExtractedFact inOrder = Facts.event(Facts.article(), "f1", a, b, code, "2022-09-14");
                ExtractedFact reversed = Facts.event(Facts.article(), "f1", b, a, code, "2022-09");

                ingestion.ingest(reversedFirst ? reversed : inOrder, null);
                ingestion.ingest(reversedFirst ? inOrder : reversed, null);

                JsonPath list = events(a, b);
                assertThat(list.getList("items")).as(code).hasSize(1);
                JsonPath joint = event(list.getLong("items[0].id"));
                assertThat(joint.getInt("mentionCount")).isEqualTo(2);
                assertThat(joint.getString("date")).isEqualTo("2022-09-14");
                assertThat(joint.getString("source")).as("the alphabetically first party").isEqualTo(a);
                assertThat(joint.getString("target")).isEqualTo(b);
                assertThat(joint.getList("mentions.source")).as("each mention keeps its article's order")
                        .containsExactlyInAnyOrder(a, b);
            }
        }
    }

    @Test
    void directedActsEachWayStayTwoEvents() {
        List<String> pair = sortedFreshPair();
        String a = pair.get(0);
        String b = pair.get(1);

        ingestion.ingest(Facts.event(Facts.article(), "f1", b, a, "042", "2022-10-03"), null);
        ingestion.ingest(Facts.event(Facts.article(), "f1", a, b, "042", "2022-10-03"), null);
        ingestion.ingest(Facts.event(Facts.article(), "f2", a, b, "195", "2022-10-05"), null);
        ingestion.ingest(Facts.event(Facts.article(), "f2", b, a, "195", "2022-10-05"), null);

        JsonPath list = events(a, b);
        assertThat(list.getList("items")).hasSize(4);
        assertThat(list.getList("items.source")).containsExactlyInAnyOrder(a, a, b, b);
        assertThat(list.getList("items.mentionCount", Integer.class)).containsOnly(1);
    }

    private static List<String> sortedFreshPair() {
        return Stream.of(Countries.fresh(), Countries.fresh()).sorted().toList();
    }
}
