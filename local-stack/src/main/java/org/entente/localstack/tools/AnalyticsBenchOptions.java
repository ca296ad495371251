package org.entente.localstack.tools;

import java.nio.file.Path;
import java.util.List;

/**
 * The options of {@code ./entente bench analytics}.
 *
 * @param repoRoot the repository, whose {@code analytics-service/target/quarkus-app/} is run
 * @param events   synthetic events to load
 * @param pairs    country pairs they are spread over
 * @param years    years they are spread over
 * @param requests measured requests per query kind
 * @param warmup   warm-up requests per query kind, not measured
 * @param seed     seed of the synthetic data and of the request order
 * @param help     whether only the usage was asked for
 */
public record AnalyticsBenchOptions(Path repoRoot, long events, int pairs, int years, int requests, int warmup, long seed,
                           boolean help) {

    /** What {@code --help} prints. */
    public static final String USAGE = """
            usage: ./entente bench analytics [--events N] [--pairs N] [--years N] [--requests N] [--warmup N] [--seed N]

              --events N    synthetic events loaded into the read model (default 1000000)
              --pairs N     country pairs they are spread over (default 200)
              --years N     years they are spread over, from 1995 (default 30)
              --requests N  measured requests per query kind (default 1000); 4 kinds: trends by year, quarter
                            and month, and trade balance
              --warmup N    unmeasured requests per query kind first (default 2000: until the service's JIT
                            has compiled the hot paths, a request costs it about twice the CPU)
              --seed N      seed of the data and the request order (default 42)

            Starts PostgreSQL, Kafka and the packaged analytics-service on free ports and temporary data, loads the
            data, measures the queries over HTTP from one client thread, prints the figures and stops everything.
            """;

    /** Parses {@code args}; {@code --repo DIR} is given by the {@code entente} script. */
    public static AnalyticsBenchOptions parse(List<String> args) {
        Path repo = Path.of(".");
        long events = 1_000_000;
        int pairs = 200;
        int years = 30;
        int requests = 1000;
        int warmup = 2000;
        long seed = 42;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--help") || option.equals("-h")) {
                help = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value"
                        : "unknown argument: " + option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--repo" -> repo = Path.of(value);
                case "--events" -> events = number(option, value, 1, Long.MAX_VALUE);
                case "--pairs" -> pairs = (int) number(option, value, 1, 100_000);
                case "--years" -> years = (int) number(option, value, 1, 200);
                case "--requests" -> requests = (int) number(option, value, 1, 10_000_000);
                case "--warmup" -> warmup = (int) number(option, value, 0, 10_000_000);
                case "--seed" -> seed = number(option, value, Long.MIN_VALUE, Long.MAX_VALUE);
                default -> throw new IllegalArgumentException("unknown option: " + option);
            }
        }
        return new AnalyticsBenchOptions(repo.toAbsolutePath().normalize(), events, pairs, years, requests, warmup, seed, help);
    }

    /** The command that runs the benchmark again with these options. */
    public String command() {
        return "./entente bench analytics --events " + events + " --pairs " + pairs + " --years " + years
                + " --requests " + requests + " --warmup " + warmup + " --seed " + seed;
    }

    private static long number(String option, String value, long min, long max) {
        long parsed;
        try {
            parsed = Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " is not a number: " + value);
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ": " + value);
        }
        return parsed;
    }
}
