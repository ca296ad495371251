package org.entente.localstack.tools;

import java.util.Locale;
import java.util.Map;

/** The figures of one analytics benchmark run, as the text it prints. */
public final class BenchReport {

    /** The p95 the queries should stay under, in milliseconds. */
    public static final double TARGET_P95_MILLIS = 20;

    private final AnalyticsBenchOptions options;
    private final ReadModelLoader.Loaded loaded;
    private final Map<QueryKind, LatencyRecorder.LatencySummary> byKind;
    private final LatencyRecorder.LatencySummary overall;
    private final double requestsPerSecond;
    private final CpuPerRequest cpu;
    private final String machine;

    /**
     * CPU time per measured request in milliseconds, of the service's JVM and of PostgreSQL (all its processes);
     * null where unknown. Unlike latencies, these do not grow when other work competes for the cores.
     */
    public record CpuPerRequest(Double service, Double postgres) {
    }

    /**
     * @param byKind            the measured latencies of each query kind
     * @param overall           all measured latencies together
     * @param requestsPerSecond measured requests over the measuring phase's wall time
     * @param cpu               CPU time per measured request
     * @param machine           where it ran, e.g. {@code nproc 2, Java 17.0.15, ...}
     */
    public BenchReport(AnalyticsBenchOptions options, ReadModelLoader.Loaded loaded,
                       Map<QueryKind, LatencyRecorder.LatencySummary> byKind,
                       LatencyRecorder.LatencySummary overall, double requestsPerSecond, CpuPerRequest cpu,
                       String machine) {
        this.options = options;
        this.loaded = loaded;
        this.byKind = byKind;
        this.overall = overall;
        this.requestsPerSecond = requestsPerSecond;
        this.cpu = cpu;
        this.machine = machine;
    }

    /** Whether every query kind's p95 is under {@link #TARGET_P95_MILLIS}. */
    public boolean meetsTarget() {
        return byKind.values().stream().allMatch(summary -> summary.p95() < TARGET_P95_MILLIS);
    }

    /** The report, several lines ending with a line break. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("Analytics benchmark\n");
        out.append(String.format(Locale.ROOT, "  machine   %s%n", machine));
        out.append(String.format(Locale.ROOT, "  data      %,d events over %d pairs and %d years; %,d trade claims; "
                        + "%,d period rows, %,d undated rows%n", loaded.events(), options.pairs(), options.years(),
                loaded.tradeClaims(), loaded.periodRows(), loaded.undatedRows()));
        out.append(String.format(Locale.ROOT, "  load      %.1f s (COPY, aggregates, vacuum analyze)%n",
                loaded.millis() / 1000.0));
        out.append(String.format(Locale.ROOT, "  requests  %d warm-up + %d measured per query, one client thread, "
                + "random pairs in random order%n%n", options.warmup(), options.requests()));
        out.append(String.format(Locale.ROOT, "  %-22s %7s %8s %8s %8s %8s %8s%n", "query (ms)", "n", "p50", "p95",
                "p99", "mean", "max"));
        byKind.forEach((kind, summary) -> out.append(row(kind.label(), summary)));
        out.append(row("all", overall));
        out.append(String.format(Locale.ROOT, "%n  throughput %.0f requests/s%n", requestsPerSecond));
        out.append(String.format(Locale.ROOT, "  cpu       per request: service %s ms, PostgreSQL %s ms%n",
                millis(cpu.service()), millis(cpu.postgres())));
        out.append(String.format(Locale.ROOT, "  target    p95 < %.0f ms for every query: %s%n", TARGET_P95_MILLIS,
                meetsTarget() ? "met" : "MISSED"));
        out.append("  reproduce ").append(options.command()).append('\n');
        return out.toString();
    }

    private static String millis(Double value) {
        return value == null ? "?" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String row(String label, LatencyRecorder.LatencySummary summary) {
        return String.format(Locale.ROOT, "  %-22s %7d %8.2f %8.2f %8.2f %8.2f %8.2f%n", label, summary.count(),
                summary.p50(), summary.p95(), summary.p99(), summary.mean(), summary.max());
    }
}
