package org.entente.catalog.service.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TradeClaimKeyTest {

    @Test
    void figuresThatRoundToTheSameThreeDigitsAgree() {
        assertThat(TradeClaimKey.valueKey(66.2e6, null, null)).isEqualTo(TradeClaimKey.valueKey(66.24e6, null, null));
        assertThat(TradeClaimKey.valueKey(1.5e9, 1.5e9, "USD")).isEqualTo("USD 1500000000");
    }

    @Test
    void figuresThatDifferInTheThirdDigitDisagree() {
        assertThat(TradeClaimKey.valueKey(1.5e9, null, null)).isNotEqualTo(TradeClaimKey.valueKey(1.52e9, null, null));
    }

    @Test
    void aClaimWithoutADollarValueIsKeyedInItsCurrency() {
        assertThat(TradeClaimKey.valueKey(null, 2.0e11, "PKR")).isEqualTo("PKR 200000000000");
    }

    @Test
    void aClaimWithoutAnyValueHasNoKey() {
        assertThatThrownBy(() -> TradeClaimKey.valueKey(null, 5.0, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFlowKeyIgnoresTheProductsCaseAndSpacing() {
        assertThat(TradeClaimKey.flowKey("PAK", "IRQ", "export", 2019, "actual", "Mineral  oil and fuel"))
                .isEqualTo(TradeClaimKey.flowKey("PAK", "IRQ", "export", 2019, "actual", " mineral oil and fuel"));
    }

    @Test
    void theFlowKeyTellsYearsBasesAndAllGoodsApart() {
        String all = TradeClaimKey.flowKey("PAK", "IRQ", "export", 2019, "actual", null);

        assertThat(all).isNotEqualTo(TradeClaimKey.flowKey("PAK", "IRQ", "export", 2020, "actual", null));
        assertThat(all).isNotEqualTo(TradeClaimKey.flowKey("PAK", "IRQ", "export", 2019, "estimate", null));
        assertThat(all).isNotEqualTo(TradeClaimKey.flowKey("PAK", "IRQ", "export", 2019, "actual", "rice"));
        assertThat(all).isNotEqualTo(TradeClaimKey.flowKey("PAK", "IRQ", "export", null, "actual", null));
    }

    @Test
    void onlyActualFiguresForAKnownYearCanConflict() {
        assertThat(TradeClaimKey.canConflict("actual", 2019)).isTrue();
        assertThat(TradeClaimKey.canConflict("estimate", 2019)).isFalse();
        assertThat(TradeClaimKey.canConflict("target", 2019)).isFalse();
        assertThat(TradeClaimKey.canConflict("actual", null)).isFalse();
    }
}
