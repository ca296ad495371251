package org.entente.catalog.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.entente.catalog.support.Countries;
import org.entente.catalog.support.Facts;
import org.entente.catalog.support.KafkaProbe;
import org.entente.contract.CatalogChange;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class AgreementLifecycleTest {

    @Inject
    FactIngestion ingestion;

    @Inject
    ArticleDeletion deletion;

    private static JsonPath agreements(String country, String counterpart) {
        return given().queryParam("country", country).queryParam("counterpart", counterpart)
                .get("/api/agreements").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath agreement(long id) {
        return given().get("/api/agreements/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void statementsOfOneAgreementFormItsStatusHistoryAndTheLatestIsCurrent() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        List<String> parties = List.of(a, b);
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", parties, "Indus Waters Treaty", "treaty", "energy",
                "stalled", "2025-04"), null);
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", parties, "the Indus Water Treaty", "treaty", "energy",
                "signed", "1960-09-19"), null);
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", parties, "Indus Waters Treaty of 1960", "treaty",
                "energy", "in_force", "1961"), null);
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", parties, "Indus waters treaty", "treaty", "energy",
                "proposed", "1959"), null);

        JsonPath list = agreements(a, b);
        assertThat(list.getList("items")).hasSize(1);
        JsonPath treaty = agreement(list.getLong("items[0].id"));
        assertThat(treaty.getString("status")).isEqualTo("stalled");
        assertThat(treaty.getString("date")).isEqualTo("2025-04");
        assertThat(treaty.getString("title")).isEqualTo("Indus Waters Treaty of 1960");
        assertThat(treaty.getList("parties")).containsExactly(a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a);
        assertThat(treaty.getInt("mentionCount")).isEqualTo(4);
        assertThat(treaty.getList("statusHistory.status")).containsExactly("proposed", "signed", "in_force", "stalled");
        assertThat(treaty.getList("statusHistory.date")).containsExactly("1959", "1960-09-19", "1961", "2025-04");
        assertThat(treaty.getList("statusHistory.evidence.sentence")).allSatisfy(s -> assertThat((String) s).isNotBlank());
    }

    @Test
    void aCurrentStatusChangeIsPublished() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        List<String> parties = List.of(a, b);
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", parties, "Defence Cooperation Pact", "pact", "defence",
                "signed", "2019-02"), null);
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", parties, "defence cooperation pact", "pact",
                "defence", "withdrawn", "2024-11-02"), null);
        String id = agreements(a, b).getString("items[0].id");

        try (KafkaProbe kafka = new KafkaProbe()) {
            String dyad = a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
            List<CatalogChange> changes = kafka.changes(dyad, 2, Duration.ofSeconds(60));
            assertThat(changes).extracting(CatalogChange::entityId).containsOnly(id);
            assertThat(changes).extracting(c -> c.agreement().status()).containsExactly("signed", "withdrawn");
            assertThat(changes).extracting(CatalogChange::version).containsExactly(1L, 2L);
        }
    }

    @Test
    void differentTitlesOrDomainsAreDifferentAgreements() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        List<String> parties = List.of(a, b);
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", parties, "Free Trade Agreement", "agreement", "trade",
                "signed", "2006"), null);
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", parties, "Preferential Trade Agreement", "agreement",
                "trade", "proposed", "2021"), null);
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", parties, "Free Trade Agreement", "agreement",
                "economy", "signed", "2006"), null);
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", parties, "FTA", "agreement", "trade", "in_force",
                "2007"), null);

        JsonPath list = agreements(a, b);
        assertThat(list.getList("items")).hasSize(3);
        assertThat(given().queryParam("country", a).queryParam("domain", "trade").queryParam("status", "in_force")
                .get("/api/agreements").then().statusCode(200).extract().jsonPath().getList("items.title"))
                .containsExactly("Free Trade Agreement");
    }

    @Test
    void theSigningEventIsLinkedWhicheverArrivesFirst() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        String c = Countries.fresh();
        ingestion.ingest(Facts.event(Facts.article(), "e1", a, b, "057", "2020-05-10"), null);
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", List.of(a, b), "Transit Trade Agreement",
                "agreement", "trade", "signed", "2020-05"), null);
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", List.of(a, c), "Border Agreement", "agreement",
                "security", "signed", "2018"), null);
        ingestion.ingest(Facts.event(Facts.article(), "e1", c, a, "057", "2018-02-01"), null);
        ingestion.ingest(Facts.event(Facts.article(), "e2", c, a, "057", "2019-02-01"), null);

        long transitSigning = given().queryParam("country", a).queryParam("counterpart", b).queryParam("cameo", "057")
                .get("/api/events").then().extract().jsonPath().getLong("items[0].id");
        long borderSigning = given().queryParam("country", c).queryParam("from", "2018").queryParam("to", "2018")
                .get("/api/events").then().extract().jsonPath().getLong("items[0].id");
        assertThat(agreements(a, b).getLong("items[0].signingEventId")).isEqualTo(transitSigning);
        assertThat(agreements(a, c).getLong("items[0].signingEventId")).isEqualTo(borderSigning);
    }

    @Test
    void anAgreementWithoutSigningStatementHasNoSigningEvent() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        ingestion.ingest(Facts.event(Facts.article(), "e1", a, b, "057", "2020"), null);
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", List.of(a, b), "Energy MoU", "mou", "energy",
                "proposed", "2020"), null);

        await().atMost(Duration.ofSeconds(5)).until(() -> agreements(a, b).getList("items").size() == 1);
        assertThat(agreements(a, b).getString("items[0].signingEventId")).isNull();
    }

    @Test
    void aLaterSigningEventThatFitsBetterTakesOverTheLinkAndGivesItBackWhenItsArticlesAreDeleted() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        ingestion.ingest(Facts.event(Facts.article(), "e1", a, b, "057", "2020-05-10"), null);
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", List.of(a, b), "Water Sharing Agreement",
                "agreement", "energy", "signed", "2020"), null);
        long may = signingEventOn(a, "2020-05-10");
        assertThat(agreements(a, b).getLong("items[0].signingEventId")).isEqualTo(may);

        // the agreement is not restated: only the signing events of its dyad and year change
        String july1 = Facts.article();
        String july2 = Facts.article();
        ingestion.ingest(Facts.event(july1, "e1", b, a, "057", "2020-07-01"), null);
        ingestion.ingest(Facts.event(july2, "e1", a, b, "057", "2020-07-01"), null);
        ingestion.ingest(Facts.event(Facts.article(), "e1", a, b, "057", "2021-03-03"), null);
        long july = signingEventOn(a, "2020-07-01");
        assertThat(agreements(a, b).getLong("items[0].signingEventId")).isEqualTo(july);

        deletion.delete(july1);
        deletion.delete(july2);
        assertThat(agreements(a, b).getLong("items[0].signingEventId")).isEqualTo(may);
    }

    @Test
    void aSigningEventOfAnotherYearIsNotLinked() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        ingestion.ingest(Facts.agreement(Facts.article(), "g1", List.of(a, b), "Visa Agreement", "agreement",
                "security", "signed", "2015-06"), null);
        ingestion.ingest(Facts.event(Facts.article(), "e1", a, b, "057", "2016-06-02"), null);
        assertThat(agreements(a, b).getString("items[0].signingEventId")).isNull();

        ingestion.ingest(Facts.event(Facts.article(), "e1", b, a, "057", "2015-06-20"), null);
        assertThat(agreements(a, b).getLong("items[0].signingEventId")).isEqualTo(signingEventOn(a, "2015-06-20"));
    }

    private static long signingEventOn(String country, String day) {
        return given().queryParam("country", country).queryParam("cameo", "057").queryParam("from", day)
                .queryParam("to", day).get("/api/events").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
    }
}
