package org.entente.ingest.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;

/**
 * Runs {@link AnalyzeBenchmark} (one thread, one fork) and prints parse + extract time per article for each upload
 * form. Run from {@code ingest-service/} with the test class path, e.g.
 * {@code java -cp target/test-classes:target/classes:<test deps> org.entente.ingest.bench.IngestBench};
 * {@code -Dentente.bench.corpus=DIR} benchmarks another folder of {@code .txt} articles.
 */
public final class IngestBench {

    private IngestBench() {
    }

    public static void main(String[] args) throws RunnerException {
        int articles = CorpusFiles.texts().size();
        Options options = new OptionsBuilder()
                .include(AnalyzeBenchmark.class.getName())
                .forks(1)
                .threads(1)
                .warmupIterations(5)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(8)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-D" + CorpusFiles.DIRECTORY_PROPERTY + "="
                        + System.getProperty(CorpusFiles.DIRECTORY_PROPERTY, "../samples/articles"))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.printf("corpus: %d articles; parse + extract on one thread, ms per article:%n", articles);
        for (RunResult r : results) {
            System.out.printf("  %-5s %8.2f ms (± %.2f)%n", r.getPrimaryResult().getLabel(),
                    r.getPrimaryResult().getScore() / articles, r.getPrimaryResult().getScoreError() / articles);
        }
    }
}
