package org.entente.analytics.service.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analytics.service.change.ChangeOutcome.APPLIED;
import static org.entente.analytics.service.change.ChangeOutcome.DUPLICATE;
import static org.entente.analytics.service.change.ChangeOutcome.STALE;
import static org.entente.analytics.testing.AnalyticsApi.eventsIn;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.entente.analytics.testing.AnalyticsApi;
import org.entente.analytics.testing.Facts;
import org.entente.analytics.testing.TestPairs;
import org.entente.analytics.testing.TestPairs.Pair;
import org.entente.contract.CatalogChange;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

/** Batches of changes applied in one transaction give the read model their changes give one by one. */
@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "analytics"))
class ChangeApplierBatchTest {

    @Inject
    ChangeApplier applier;

    private List<ChangeOutcome> applyInOneTransaction(CatalogChange... changes) {
        return QuarkusTransaction.requiringNew().call(() -> applier.applyAll(List.of(changes)));
    }

    @Test
    void aBatchGivesTheReadModelItsChangesGiveOneByOne() {
        Pair pair = TestPairs.next();
        CatalogChange strike = Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "190", 4, -10.0, "2019-01-20");
        CatalogChange strikeRedated = Facts.event(strike.entityId(), 2, pair.a(), pair.b(), "190", 4, -10.0,
                "2019-02-03");
        CatalogChange talks = Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "040", 1, 1.0, "2019-01-05");
        CatalogChange visit = Facts.event(Facts.newId(), 2, pair.b(), pair.a(), "042", 1, 1.9, "2019-02-10");
        CatalogChange olderVisit = Facts.event(visit.entityId(), 1, pair.b(), pair.a(), "042", 1, 1.9, "2019-01-10");
        CatalogChange figure = Facts.trade(Facts.newId(), 1, pair.a(), pair.b(), "export", 2019, 3.0e8, "actual",
                false, "art-1");

        List<ChangeOutcome> outcomes = applyInOneTransaction(strike, strikeRedated, strike, talks,
                Facts.retraction(talks, 2), visit, olderVisit, figure);

        assertThat(outcomes).containsExactly(APPLIED, APPLIED, DUPLICATE, APPLIED, APPLIED, APPLIED, STALE, APPLIED);
        assertThat(eventsIn(pair, "2019-01")).as("redated, retracted and stale events left January").isZero();
        JsonPath february = AnalyticsApi.trends(pair, "month", "2019-02", "2019-02");
        assertThat(february.getInt("periods[0].counts.events")).isEqualTo(2);
        assertThat(february.getDouble("periods[0].counts.goldsteinSum")).isEqualTo(-8.1);
        assertThat(AnalyticsApi.tradeBalance(pair).getDouble("years[0].aToB")).isEqualTo(3.0e8);
    }

    @Test
    void aLaterBatchMovesWhatAnEarlierOneStored() {
        Pair pair = TestPairs.next();
        CatalogChange strike = Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "190", 4, -10.0, "2018-05-20");
        CatalogChange figure = Facts.trade(Facts.newId(), 1, pair.a(), pair.b(), "total", 2018, 5.0e8, "actual",
                false, "art-2");
        applyInOneTransaction(strike, figure);
        assertThat(eventsIn(pair, "2018-05")).isEqualTo(1);

        List<ChangeOutcome> outcomes = applyInOneTransaction(strike,
                Facts.event(strike.entityId(), 2, pair.a(), pair.b(), "040", 1, 1.0, "2018-06-01"),
                Facts.retraction(figure, 2));

        assertThat(outcomes).containsExactly(DUPLICATE, APPLIED, APPLIED);
        assertThat(eventsIn(pair, "2018-05")).isZero();
        assertThat(AnalyticsApi.trends(pair, "month", "2018-06", "2018-06").getInt("periods[0].counts.q1"))
                .isEqualTo(1);
        assertThat(AnalyticsApi.tradeBalance(pair).getList("years")).isEmpty();
    }
}
