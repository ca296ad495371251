package org.entente.localstack.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class StackCpuTest {

    @Test
    void usageIsTheDifferenceOfTwoSamplesPerPart() {
        AtomicLong ingest = new AtomicLong(1_000);
        AtomicLong catalog = new AtomicLong(5_000);
        Map<String, Supplier<Optional<Duration>>> parts = new LinkedHashMap<>();
        parts.put("ingest", () -> Optional.of(Duration.ofMillis(ingest.get())));
        parts.put("catalog", () -> Optional.of(Duration.ofMillis(catalog.get())));
        StackCpu cpu = new StackCpu(parts);

        StackCpu.Sample before = cpu.sample();
        ingest.addAndGet(400);
        catalog.addAndGet(1_600);
        StackCpu.Usage usage = cpu.sample().since(before);

        assertThat(usage.used()).containsEntry("ingest", Duration.ofMillis(400))
                .containsEntry("catalog", Duration.ofMillis(1_600));
        assertThat(usage.total()).isEqualTo(Duration.ofMillis(2_000));
        assertThat(usage.perArticle(100, 2.0, 2))
                .isEqualTo("per article: ingest 4.0 ms, catalog 16.0 ms; total 20.0 ms; 1.0 of 2 cores busy on average");
    }

    @Test
    void aPartWhoseTimeCannotBeReadIsShownAsUnknownAndLeftOutOfTheTotal() {
        Map<String, Supplier<Optional<Duration>>> parts = new LinkedHashMap<>();
        AtomicLong ingest = new AtomicLong();
        parts.put("ingest", () -> Optional.of(Duration.ofMillis(ingest.get())));
        parts.put("PostgreSQL", Optional::empty);
        StackCpu cpu = new StackCpu(parts);

        StackCpu.Sample before = cpu.sample();
        ingest.set(300);
        StackCpu.Usage usage = cpu.sample().since(before);

        assertThat(usage.perArticle(10, 1.0, 2))
                .isEqualTo("per article: ingest 30.0 ms, PostgreSQL ?; total 30.0 ms; 0.3 of 2 cores busy on average");
    }

    @Test
    void theBenchJvmItselfIsMeasured() {
        StackCpu cpu = StackCpu.ofBench(List.of(), List.of(), 1);
        StackCpu.Sample before = cpu.sample();
        long spin = 0;
        long until = System.nanoTime() + 50_000_000;
        while (System.nanoTime() < until) {
            spin += Long.numberOfTrailingZeros(System.nanoTime());
        }
        StackCpu.Usage usage = cpu.sample().since(before);

        assertThat(spin).isPositive();
        assertThat(usage.used()).containsKey("Kafka + load + watcher").doesNotContainKey("PostgreSQL");
        assertThat(usage.used().get("Kafka + load + watcher")).isPositive();
    }
}
