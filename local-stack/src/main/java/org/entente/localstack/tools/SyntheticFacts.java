package org.entente.localstack.tools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Deterministic synthetic facts for the analytics benchmark: country pairs, events spread over the pairs and years,
 * and each pair's trade figures per year, shaped like what the catalog publishes on {@code catalog.facts}.
 *
 * <p>The same seed and sizes always give the same facts. Events go round-robin over the pairs (so every pair has
 * {@code events / pairs} of them, give or take one); each pair leans towards cooperation or conflict, and the lean
 * drifts over the years, so trends have slopes and shifts. Dates are mostly to the day, some to the month or the
 * year only, a few missing. Trade: both export series every year, sometimes a second, conflicting claim, a stated
 * total, a product figure (which the balance leaves out), and per pair one target and one undated figure.
 */
public final class SyntheticFacts {

    /** The first year of the data; the last is {@code FIRST_YEAR + years - 1}. */
    public static final int FIRST_YEAR = 1995;

    /** Share of events dated to the day, to the month only, to the year only; the rest are undated. */
    static final double DAY_SHARE = 0.85;
    static final double MONTH_SHARE = 0.10;
    static final double YEAR_SHARE = 0.04;

    /** CAMEO codes and their Goldstein weights by quad class (index 0 = quad 1). */
    private static final String[][] CAMEO = {
            {"010", "036", "042", "043", "051", "057"},
            {"061", "071", "073", "081", "085"},
            {"111", "112", "120", "130", "138"},
            {"145", "163", "173", "180", "190", "195"}};
    private static final double[][] GOLDSTEIN = {
            {0.0, 4.0, 1.9, 2.8, 3.4, 8.0},
            {6.4, 7.4, 7.6, 5.0, 7.0},
            {-2.0, -2.0, -4.0, -4.4, -7.0},
            {-7.5, -4.0, -5.0, -9.0, -10.0, -10.0}};

    /** One pair of countries; {@code a} sorts before {@code b}. */
    public record Pair(String a, String b) {
        /** The read model's key: the two codes sorted, joined with {@code -}. */
        public String dyad() {
            return a + "-" + b;
        }
    }

    /**
     * One event as the read model stores it.
     *
     * @param eventDate the first day of the date at its precision, or null when undated
     * @param precision {@code day}, {@code month} or {@code year}, or null when undated
     */
    public record Event(long id, Pair pair, String source, String target, String cameo, int quad, double goldstein,
                        LocalDate eventDate, String precision, int mentions, List<String> articles) {
    }

    /**
     * One trade claim as the read model stores it.
     *
     * @param flow  {@code export} (exporter to importer) or {@code total} (exporter and importer then in code order)
     * @param year  null for an undated figure
     * @param basis {@code actual}, {@code estimate} or {@code target}
     */
    public record TradeClaim(long id, Pair pair, String exporter, String importer, String flow, Integer year,
                             double valueUsd, String basis, String product, int mentions, List<String> articles,
                             boolean conflict) {
    }

    private final long seed;
    private final int years;
    private final List<Pair> pairs;

    /**
     * @param seed  makes the data reproducible
     * @param pairs the number of country pairs, at least 1
     * @param years the number of years, at least 1
     */
    public SyntheticFacts(long seed, int pairs, int years) {
        if (pairs < 1 || years < 1) {
            throw new IllegalArgumentException("pairs and years must be at least 1");
        }
        this.seed = seed;
        this.years = years;
        this.pairs = choosePairs(new Random(seed), pairs);
    }

    /** The pairs, in a fixed order. */
    public List<Pair> pairs() {
        return pairs;
    }

    /** The years, first to last. */
    public int firstYear() {
        return FIRST_YEAR;
    }

    public int lastYear() {
        return FIRST_YEAR + years - 1;
    }

    /** Generates {@code count} events with ids 1 to {@code count}, in id order. */
    public void events(long count, Consumer<Event> sink) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        double[] lean = pairLeans(new Random(seed + 1));
        for (long id = 1; id <= count; id++) {
            int pairIndex = (int) ((id - 1) % pairs.size());
            sink.accept(event(random, id, pairs.get(pairIndex), lean[pairIndex]));
        }
    }

    /** Generates every pair's trade claims with ids from 1, pair by pair and year by year. */
    public void tradeClaims(Consumer<TradeClaim> sink) {
        Random random = new Random(seed + 2);
        long id = 0;
        for (Pair pair : pairs) {
            double aToB = 1e8 + random.nextDouble() * 5e9;
            double bToA = 1e8 + random.nextDouble() * 5e9;
            for (int year = FIRST_YEAR; year <= lastYear(); year++) {
                aToB *= 0.9 + random.nextDouble() * 0.25;
                bToA *= 0.9 + random.nextDouble() * 0.25;
                boolean disputed = random.nextDouble() < 0.2;
                sink.accept(claim(++id, pair, pair.a(), pair.b(), "export", year, aToB, "actual", null, disputed,
                        random));
                if (disputed) {
                    sink.accept(claim(++id, pair, pair.a(), pair.b(), "export", year, aToB * 0.93, "estimate",
                            null, true, random));
                }
                sink.accept(claim(++id, pair, pair.b(), pair.a(), "export", year, bToA,
                        random.nextDouble() < 0.15 ? "estimate" : "actual", null, false, random));
                if (random.nextDouble() < 0.3) {
                    sink.accept(claim(++id, pair, pair.a(), pair.b(), "total", year, (aToB + bToA) * 1.02,
                            "actual", null, false, random));
                }
                if (random.nextDouble() < 0.1) {
                    sink.accept(claim(++id, pair, pair.a(), pair.b(), "export", year, aToB * 0.2, "actual",
                            "oil", false, random));
                }
            }
            sink.accept(claim(++id, pair, pair.a(), pair.b(), "total", lastYear() + 5, (aToB + bToA) * 2,
                    "target", null, false, random));
            sink.accept(claim(++id, pair, pair.b(), pair.a(), "export", null, bToA, "estimate", null, false,
                    random));
        }
    }

    private Event event(Random random, long id, Pair pair, double lean) {
        int year = FIRST_YEAR + random.nextInt(years);
        // the pair's lean towards conflict drifts by up to 0.3 over the years
        double drift = years == 1 ? 0 : 0.3 * ((year - FIRST_YEAR) / (double) (years - 1) - 0.5);
        double conflict = Math.min(0.95, Math.max(0.05, lean + drift));
        int quad = random.nextDouble() < conflict ? 3 + random.nextInt(2) : 1 + random.nextInt(2);
        int code = random.nextInt(CAMEO[quad - 1].length);
        boolean forward = random.nextBoolean();
        LocalDate eventDate = null;
        String precision = null;
        double dating = random.nextDouble();
        int month = 1 + random.nextInt(12);
        if (dating < DAY_SHARE) {
            precision = "day";
            LocalDate first = LocalDate.of(year, month, 1);
            eventDate = first.plusDays(random.nextInt(first.lengthOfMonth()));
        } else if (dating < DAY_SHARE + MONTH_SHARE) {
            precision = "month";
            eventDate = LocalDate.of(year, month, 1);
        } else if (dating < DAY_SHARE + MONTH_SHARE + YEAR_SHARE) {
            precision = "year";
            eventDate = LocalDate.of(year, 1, 1);
        }
        int mentions = 1 + random.nextInt(4);
        return new Event(id, pair, forward ? pair.a() : pair.b(), forward ? pair.b() : pair.a(),
                CAMEO[quad - 1][code], quad, GOLDSTEIN[quad - 1][code], eventDate, precision, mentions,
                articles(random, mentions));
    }

    private static TradeClaim claim(long id, Pair pair, String exporter, String importer, String flow, Integer year,
                                    double value, String basis, String product, boolean conflict, Random random) {
        int mentions = 1 + random.nextInt(3);
        return new TradeClaim(id, pair, exporter, importer, flow, year, Math.rint(value), basis, product, mentions,
                articles(random, mentions), conflict);
    }

    private static List<String> articles(Random random, int mentions) {
        List<String> articles = new ArrayList<>(mentions);
        for (int i = 0; i < mentions; i++) {
            articles.add("bench-" + random.nextInt(200_000));
        }
        return articles;
    }

    private double[] pairLeans(Random random) {
        double[] leans = new double[pairs.size()];
        for (int i = 0; i < leans.length; i++) {
            leans[i] = 0.15 + random.nextDouble() * 0.6;
        }
        return leans;
    }

    /** Distinct pairs of ISO 3166-1 alpha-3 codes, drawn at random. */
    private static List<Pair> choosePairs(Random random, int count) {
        String[] codes = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(String[]::new);
        Arrays.sort(codes);
        long possible = (long) codes.length * (codes.length - 1) / 2;
        if (count > possible) {
            throw new IllegalArgumentException("at most " + possible + " pairs of countries exist");
        }
        Set<Pair> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            String one = codes[random.nextInt(codes.length)];
            String other = codes[random.nextInt(codes.length)];
            int order = one.compareTo(other);
            if (order != 0) {
                chosen.add(order < 0 ? new Pair(one, other) : new Pair(other, one));
            }
        }
        return List.copyOf(chosen);
    }
}
