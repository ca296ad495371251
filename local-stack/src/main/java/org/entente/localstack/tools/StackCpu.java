package org.entente.localstack.tools;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * The CPU time each part of a running stack has used, as the operating system counts it. Unlike rates and
 * latencies, CPU time per article does not change when other work competes for the cores, so it says which part a
 * change made cheaper even on a shared machine.
 */
final class StackCpu {

    private final Map<String, Supplier<Optional<Duration>>> parts;

    /** @param parts each part's name (in report order) and how to read its CPU time so far */
    StackCpu(Map<String, Supplier<Optional<Duration>>> parts) {
        this.parts = new LinkedHashMap<>(parts);
    }

    /**
     * The parts of the benchmark's stack: each service's JVM, PostgreSQL (every process under its postmaster) and
     * this JVM, which runs Kafka, the load generator and the watcher.
     *
     * @param serviceNames the services, in the order of {@code pids}
     * @param pids         their process ids
     * @param postgresPort where PostgreSQL listens
     */
    static StackCpu ofBench(List<String> serviceNames, List<Long> pids, int postgresPort) {
        Map<String, Supplier<Optional<Duration>>> parts = new LinkedHashMap<>();
        for (int i = 0; i < serviceNames.size(); i++) {
            long pid = i < pids.size() ? pids.get(i) : -1;
            parts.put(serviceNames.get(i), () -> ProcessCpu.of(pid));
        }
        parts.put("PostgreSQL", () -> ProcessCpu.ofPostgres(postgresPort));
        parts.put("Kafka + load + watcher", () -> ProcessHandle.current().info().totalCpuDuration());
        return new StackCpu(parts);
    }

    /** Every part's CPU time so far; a part whose time cannot be read is left out. */
    Sample sample() {
        Map<String, Duration> used = new LinkedHashMap<>();
        parts.forEach((name, reader) -> reader.get().ifPresent(time -> used.put(name, time)));
        return new Sample(List.copyOf(parts.keySet()), used);
    }

    /**
     * CPU times at one moment.
     *
     * @param names every part, in report order
     * @param used  the CPU time of each part that could be read
     */
    record Sample(List<String> names, Map<String, Duration> used) {

        /** What each part used between {@code earlier} and this sample; unknown where either lacks the part. */
        Usage since(Sample earlier) {
            Map<String, Duration> delta = new LinkedHashMap<>();
            for (String name : names) {
                Duration end = used.get(name);
                Duration start = earlier.used().get(name);
                if (end != null && start != null) {
                    delta.put(name, end.minus(start));
                }
            }
            return new Usage(names, delta);
        }
    }

    /**
     * CPU time used by each part over an interval.
     *
     * @param names every part, in report order
     * @param used  the CPU time of each part that could be measured
     */
    record Usage(List<String> names, Map<String, Duration> used) {

        /** The total of the parts that could be measured. */
        Duration total() {
            return used.values().stream().reduce(Duration.ZERO, Duration::plus);
        }

        /**
         * One line: each part's CPU milliseconds per article, the total, and how many cores were busy on average.
         *
         * @param articles    the articles the interval processed
         * @param wallSeconds the interval's length
         * @param cores       the machine's cores
         */
        String perArticle(int articles, double wallSeconds, int cores) {
            StringJoiner line = new StringJoiner(", ", "per article: ", "");
            for (String name : names) {
                Duration time = used.get(name);
                line.add(name + " " + (time == null || articles == 0 ? "?"
                        : String.format(Locale.ROOT, "%.1f ms", millis(time) / articles)));
            }
            double total = millis(total());
            return line + String.format(Locale.ROOT, "; total %s; %.1f of %d cores busy on average",
                    articles == 0 ? "?" : String.format(Locale.ROOT, "%.1f ms", total / articles),
                    wallSeconds > 0 ? total / 1000 / wallSeconds : 0.0, cores);
        }

        private static double millis(Duration time) {
            return time.toNanos() / 1e6;
        }
    }
}
