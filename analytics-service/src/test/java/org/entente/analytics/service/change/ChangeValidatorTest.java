package org.entente.analytics.service.change;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.entente.contract.AgreementFact;
import org.entente.contract.CatalogChange;
import org.entente.contract.EventFact;
import org.entente.contract.TradeFact;
import org.junit.jupiter.api.Test;

class ChangeValidatorTest {

    private static CatalogChange event(String op, String dyad, EventFact event) {
        return new CatalogChange("c1", op, "event", "e1", 1, dyad, event, null, null, 1, List.of("a1"), false,
                Instant.EPOCH);
    }

    private static CatalogChange trade(TradeFact trade) {
        return new CatalogChange("c1", "upsert", "trade", "t1", 1, "IRQ-PAK", null, null, trade, 1, List.of("a1"),
                false, Instant.EPOCH);
    }

    private static EventFact strike(String date) {
        return new EventFact("IRN", "PAK", "195", 4, -10.0, date, null);
    }

    @Test
    void aWellFormedEventUpsertPasses() {
        assertThatCode(() -> ChangeValidator.check(event("upsert", "IRN-PAK", strike("2024-01-16"))))
                .doesNotThrowAnyException();
        assertThatCode(() -> ChangeValidator.check(event("upsert", "IRN-PAK", strike(null))))
                .doesNotThrowAnyException();
    }

    @Test
    void aRetractionNeedsNoPayload() {
        assertThatCode(() -> ChangeValidator.check(event("retract", "IRN-PAK", null))).doesNotThrowAnyException();
    }

    @Test
    void anUnknownOperationOrKindIsInvalid() {
        assertThatThrownBy(() -> ChangeValidator.check(event("delete", "IRN-PAK", strike(null))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("op");
        assertThatThrownBy(() -> ChangeValidator.check(new CatalogChange("c1", "upsert", "rumour", "e1", 1,
                "IRN-PAK", null, null, null, 1, List.of(), false, Instant.EPOCH)))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("kind");
    }

    @Test
    void missingIdsAreInvalid() {
        assertThatThrownBy(() -> ChangeValidator.check(new CatalogChange(null, "upsert", "event", "e1", 1, "IRN-PAK",
                strike(null), null, null, 1, List.of(), false, Instant.EPOCH)))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("changeId");
        assertThatThrownBy(() -> ChangeValidator.check(new CatalogChange("c1", "upsert", "event", " ", 1, "IRN-PAK",
                strike(null), null, null, 1, List.of(), false, Instant.EPOCH)))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("entityId");
    }

    @Test
    void anUpsertWithoutItsPayloadIsInvalid() {
        assertThatThrownBy(() -> ChangeValidator.check(event("upsert", "IRN-PAK", null)))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("event payload");
    }

    @Test
    void aDyadThatDoesNotMatchThePartiesIsInvalid() {
        assertThatThrownBy(() -> ChangeValidator.check(event("upsert", "PAK-IRN", strike(null))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("dyad");
    }

    @Test
    void anEventWithOneCountryOnBothSidesIsInvalid() {
        assertThatThrownBy(() -> ChangeValidator.check(event("upsert", "PAK-PAK",
                new EventFact("PAK", "PAK", "042", 1, 1.9, null, null))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("both parties");
    }

    @Test
    void eventCodesOutsideTheirRangesAreInvalid() {
        assertThatThrownBy(() -> ChangeValidator.check(event("upsert", "IRN-PAK",
                new EventFact("IRN", "PAK", "195", 5, -10.0, null, null))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("quad");
        assertThatThrownBy(() -> ChangeValidator.check(event("upsert", "IRN-PAK",
                new EventFact("IRN", "PAK", "19x", 4, -10.0, null, null))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("cameo");
        assertThatThrownBy(() -> ChangeValidator.check(event("upsert", "IRN-PAK",
                new EventFact("IRN", "PAK", "195", 4, -11.0, null, null))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("goldstein");
    }

    @Test
    void aMalformedEventDateIsInvalid() {
        assertThatThrownBy(() -> ChangeValidator.check(event("upsert", "IRN-PAK", strike("16 January 2024"))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("date");
    }

    @Test
    void tradeFiguresNeedAKnownFlowAndBasisAndASaneValue() {
        assertThatCode(() -> ChangeValidator.check(trade(
                new TradeFact("PAK", "IRQ", "export", 2019, 1.0e8, 1.0e8, "USD", "actual", null))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ChangeValidator.check(trade(
                new TradeFact("PAK", "IRQ", "import", 2019, 1.0e8, 1.0e8, "USD", "actual", null))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("flow");
        assertThatThrownBy(() -> ChangeValidator.check(trade(
                new TradeFact("PAK", "IRQ", "export", 2019, 1.0e8, 1.0e8, "USD", "rumoured", null))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("basis");
        assertThatThrownBy(() -> ChangeValidator.check(trade(
                new TradeFact("PAK", "IRQ", "export", 2019, -5.0, -5.0, "USD", "actual", null))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("valueUsd");
        assertThatThrownBy(() -> ChangeValidator.check(trade(
                new TradeFact("PAK", "IRQ", "export", 19, 1.0, 1.0, "USD", "actual", null))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("year");
    }

    @Test
    void anAgreementUpsertNeedsItsPayload() {
        assertThatCode(() -> ChangeValidator.check(new CatalogChange("c1", "upsert", "agreement", "g1", 1, "IRQ-PAK",
                null, new AgreementFact(List.of("IRQ", "PAK"), "MoU", "mou", "trade", "signed", "2019", "year"), null,
                1, List.of("a1"), false, Instant.EPOCH))).doesNotThrowAnyException();
        assertThatThrownBy(() -> ChangeValidator.check(new CatalogChange("c1", "upsert", "agreement", "g1", 1,
                "IRQ-PAK", null, null, null, 1, List.of("a1"), false, Instant.EPOCH)))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("agreement");
    }
}
