package org.entente.analytics.service.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void roundsHalfUpToFourPlacesAndKeepsNull() {
        assertThat(Decimals.round(2.0 / 3)).isEqualTo(0.6667);
        assertThat(Decimals.round(-0.123449)).isEqualTo(-0.1234);
        assertThat(Decimals.round(null)).isNull();
    }
}
