package org.entente.extraction.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExchangeRatesTest {

    private final ExchangeRates rates = ExchangeRates.standard();

    @Test
    void euroFiguresAreConvertedAtTheEcbAverageOfTheirYear() {
        assertThat(rates.toUsd(6e9, "EUR", 2022)).isCloseTo(6.318e9, within(1e3));
        assertThat(rates.toUsd(1e9, "EUR", 2023)).isCloseTo(1.0813e9, within(1e3));
    }

    @Test
    void currenciesQuotedPerDollarAreDividedByTheirRate() {
        assertThat(rates.toUsd(1_314.6e9, "JPY", 2022)).isCloseTo(10e9, within(1e7));
        assertThat(rates.toUsd(3.75e9, "SAR", 2015)).isCloseTo(1e9, within(1e3));
    }

    @Test
    void convertedValuesAreWholeDollars() {
        assertThat(rates.toUsd(1.2e12, "RUB", 2022) % 1).isZero();
    }

    @Test
    void aPegCoversEveryYearOfItsRange() {
        assertThat(rates.toUsd(3.6725e6, "AED", 2005)).isCloseTo(1e6, within(1.0));
        assertThat(rates.toUsd(3.6725e6, "AED", 2021)).isCloseTo(1e6, within(1.0));
    }

    @Test
    void dollarsNeedNoRate() {
        assertThat(rates.toUsd(5e9, "USD", null)).isEqualTo(5e9);
    }

    @Test
    void noValueWithoutAYearAKnownYearOrAKnownCurrency() {
        assertThat(rates.toUsd(5e9, "EUR", null)).isNull();
        assertThat(rates.toUsd(5e9, "EUR", 1990)).isNull();
        assertThat(rates.toUsd(5e9, "IRR", 2020)).isNull();
        assertThat(rates.toUsd(5e9, "XYZ", 2020)).isNull();
    }
}
