package org.entente.localstack.tools;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The options of {@code ./entente bench ingest}.
 *
 * @param seconds      how long the clients upload, at least 1
 * @param concurrency  how many clients upload at once
 * @param drainSeconds how long, after the uploads, to wait for the catalog to show them all
 * @param warmupSeconds how long to upload before the measured run, uncounted, so that the services' JIT compilers
 *                      have done most of their work (0: measure from the start)
 */
public record IngestBenchOptions(int seconds, int concurrency, int drainSeconds, int warmupSeconds) {

    /** The usage text. */
    public static final String USAGE = """
            usage: ./entente bench ingest [--seconds 60] [--concurrency 8] [--drain-seconds 300]
                                          [--warmup-seconds 60]

              Starts Kafka, PostgreSQL and the three services on free ports with fresh temporary data, uploads
              synthetic articles (POST /api/articles, text/plain) from N concurrent clients for the warm-up time
              (not counted) and waits for the catalog to catch up, then uploads for the given time and measures
              uploads/s, upload latency, and articles/s from upload until the catalog shows them with their
              facts. Stops everything afterwards.
            """;

    /** Parses the command line; throws {@link UsageException} naming the problem. */
    public static IngestBenchOptions parse(List<String> args) {
        int seconds = 60;
        int concurrency = 8;
        int drain = 300;
        int warmup = 60;
        Deque<String> rest = new ArrayDeque<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.pop();
            switch (arg) {
                case "--seconds" -> seconds = positive(arg, rest);
                case "--concurrency" -> concurrency = positive(arg, rest);
                case "--drain-seconds" -> drain = positive(arg, rest);
                case "--warmup-seconds" -> warmup = atLeast(0, arg, rest);
                default -> throw new UsageException("unknown option: " + arg);
            }
        }
        return new IngestBenchOptions(seconds, concurrency, drain, warmup);
    }

    /** The command that runs this benchmark again. */
    public String command() {
        return "./entente bench ingest --seconds " + seconds + " --concurrency " + concurrency + " --warmup-seconds "
                + warmupSeconds;
    }

    private static int positive(String option, Deque<String> rest) {
        return atLeast(1, option, rest);
    }

    private static int atLeast(int least, String option, Deque<String> rest) {
        if (rest.isEmpty()) {
            throw new UsageException(option + " needs a value");
        }
        String value = rest.pop();
        try {
            int number = Integer.parseInt(value);
            if (number < least) {
                throw new UsageException(option + " must be at least " + least + ": " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number: " + value);
        }
    }
}
