package org.entente.analytics.service.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DyadKeyTest {

    @Test
    void theKeyIsTheSameWhicheverCountryComesFirst() {
        assertThat(DyadKey.of("PAK", "IRQ")).isEqualTo("IRQ-PAK");
        assertThat(DyadKey.of("IRQ", "PAK")).isEqualTo("IRQ-PAK");
    }
}
