package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BenchReportTest {

    private static final AnalyticsBenchOptions OPTIONS = AnalyticsBenchOptions.parse(List.of());
    private static final ReadModelLoader.Loaded LOADED = new ReadModelLoader.Loaded(1_000_000, 16_000, 700_000, 200,
            42_500);

    @Test
    void printsVolumeLoadTimeEveryQueryThroughputMachineAndCommand() {
        String text = report(5.0).text();

        assertThat(text).contains("1,000,000 events over 200 pairs and 30 years", "16,000 trade claims",
                "load      42.5 s", "nproc 2",
                "trends period=month       1000     2.00     5.00     9.00     3.00    40.00",
                "throughput 250 requests/s",
                "per request: service 3.25 ms, PostgreSQL ? ms", "p95 < 20 ms for every query: met",
                "reproduce ./entente bench analytics --events 1000000 --pairs 200 --years 30");
        assertThat(text.lines().filter(line -> line.startsWith("  trade-balance"))).hasSize(1);
    }

    @Test
    void oneQueryOverTheTargetMissesIt() {
        BenchReport report = report(21.0);

        assertThat(report.meetsTarget()).isFalse();
        assertThat(report.text()).contains("MISSED");
        assertThat(report(19.9).meetsTarget()).isTrue();
    }

    private static BenchReport report(double tradeP95) {
        Map<QueryKind, LatencyRecorder.LatencySummary> byKind = new EnumMap<>(QueryKind.class);
        for (QueryKind kind : QueryKind.values()) {
            byKind.put(kind, new LatencyRecorder.LatencySummary(1000, 2, kind == QueryKind.TRADE_BALANCE ? tradeP95 : 5,
                    9, 3, 40));
        }
        return new BenchReport(OPTIONS, LOADED, byKind, new LatencyRecorder.LatencySummary(4000, 2, 5, 9, 3, 40), 250,
                new BenchReport.CpuPerRequest(3.25, null), "nproc 2, test");
    }
}
