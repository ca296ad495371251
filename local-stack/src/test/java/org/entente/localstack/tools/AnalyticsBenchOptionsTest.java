package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalyticsBenchOptionsTest {

    @Test
    void defaultsAreAMillionEventsOverTwoHundredPairsAndThirtyYears() {
        AnalyticsBenchOptions options = AnalyticsBenchOptions.parse(List.of("--repo", "/work/repo"));

        assertThat(options.repoRoot()).isEqualTo(Path.of("/work/repo"));
        assertThat(options.events()).isEqualTo(1_000_000);
        assertThat(options.pairs()).isEqualTo(200);
        assertThat(options.years()).isEqualTo(30);
        assertThat(options.requests()).isEqualTo(1000);
        assertThat(options.warmup()).isEqualTo(2000);
        assertThat(options.help()).isFalse();
    }

    @Test
    void optionsOverrideTheDefaultsAndTheCommandRepeatsThem() {
        AnalyticsBenchOptions options = AnalyticsBenchOptions.parse(List.of("--events", "2_000_000", "--pairs", "50", "--years", "10",
                "--requests", "500", "--warmup", "0", "--seed", "-3"));

        assertThat(options.events()).isEqualTo(2_000_000);
        assertThat(options.command()).isEqualTo("./entente bench analytics --events 2000000 --pairs 50 --years 10"
                + " --requests 500 --warmup 0 --seed -3");
        assertThat(AnalyticsBenchOptions.parse(List.of(options.command().split(" ")).subList(3, 15))).isEqualTo(options);
    }

    @Test
    void helpIsRecognised() {
        assertThat(AnalyticsBenchOptions.parse(List.of("--help")).help()).isTrue();
    }

    @Test
    void badOptionsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> AnalyticsBenchOptions.parse(List.of("--events"))).hasMessage("--events needs a value");
        assertThatThrownBy(() -> AnalyticsBenchOptions.parse(List.of("--events", "many")))
                .hasMessage("--events is not a number: many");
        assertThatThrownBy(() -> AnalyticsBenchOptions.parse(List.of("--pairs", "0"))).hasMessageContaining("between 1");
        assertThatThrownBy(() -> AnalyticsBenchOptions.parse(List.of("--speed", "1"))).hasMessage("unknown option: --speed");
    }
}
