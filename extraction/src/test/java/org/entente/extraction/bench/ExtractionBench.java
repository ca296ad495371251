package org.entente.extraction.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ExtractionBenchmark} with JMH (one thread, one fork) and prints the engine's and the bare pass's
 * MB/s on one core, their ratio, and the engine's time for 10 KB of text. {@code ./entente bench extract} runs it;
 * {@code -Dentente.bench.corpus=DIR} benchmarks another folder of articles.
 */
public final class ExtractionBench {

    private static final double MB = 1_000_000.0;

    private ExtractionBench() {
    }

    public static void main(String[] args) throws RunnerException {
        Corpus corpus = Corpus.load();
        Options options = new OptionsBuilder()
                .include(ExtractionBenchmark.class.getName())
                .forks(1)
                .threads(1)
                .warmupIterations(5)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(8)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-D" + Corpus.DIRECTORY_PROPERTY + "="
                        + System.getProperty(Corpus.DIRECTORY_PROPERTY, "samples/articles"))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> opsPerSecond = new HashMap<>();
        Map<String, Double> error = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getPrimaryResult().getLabel();
            opsPerSecond.put(name, r.getPrimaryResult().getScore());
            error.put(name, r.getPrimaryResult().getScoreError());
        }
        double megabytes = corpus.bytes() / MB;
        double engine = opsPerSecond.get("engine") * megabytes;
        double bare = opsPerSecond.get("bare") * megabytes;
        double msPer10Kb = 1000.0 / (engine * MB / 10_000);
        System.out.println();
        System.out.printf("corpus: %d articles, %.1f KB%n", corpus.texts().size(), corpus.bytes() / 1000.0);
        System.out.printf("engine: %8.2f MB/s on one core (± %.2f)%n", engine, error.get("engine") * megabytes);
        System.out.printf("bare:   %8.2f MB/s on one core (± %.2f)  sentence split + tokenise%n", bare,
                error.get("bare") * megabytes);
        System.out.printf("ratio:  %8.1f x  (bare / engine; goal: within 5x)%n", bare / engine);
        System.out.printf("10 KB:  %8.2f ms per 10 KB article with the engine (goal: under 20 ms)%n", msPer10Kb);
        System.out.println("reproduce: ./entente bench extract");
    }
}
