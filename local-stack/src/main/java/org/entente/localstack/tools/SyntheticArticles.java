package org.entente.localstack.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes unique news-like articles from templates, for the ingest benchmark: each names two of about fifty states
 * (the {@code bench-states.txt} resource) and holds a visit, talks, an agreement signed and a trade figure, with
 * dates and figures drawn at random. The article's number is part of its text, so no two are duplicates.
 */
public final class SyntheticArticles {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final List<String> STATES = loadStates();
    private static final String[] PRODUCTS = {"rice", "textiles", "wheat", "machinery", "pharmaceuticals",
            "fertiliser", "steel", "tea", "cotton", "vehicles"};
    private static final String[] DOMAINS = {"trade", "energy", "defence", "education", "health", "transport"};
    private static final String[] OFFICIALS = {"foreign minister", "prime minister", "trade minister",
            "defence minister", "president"};

    /**
     * One article.
     *
     * @param title     its title
     * @param published its publication date
     * @param text      its text
     */
    public record Article(String title, LocalDate published, String text) {
    }

    private SyntheticArticles() {
    }

    /** The states articles are about. */
    public static List<String> states() {
        return STATES;
    }

    private static List<String> loadStates() {
        InputStream in = SyntheticArticles.class.getResourceAsStream("bench-states.txt");
        if (in == null) {
            throw new IllegalStateException("bench-states.txt is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Article number {@code n}: the same {@code n} always gives the same article. */
    public static Article number(long n) {
        Random random = new Random(n * 0x9E3779B97F4A7C15L);
        String first = pick(random, STATES);
        String second = other(random, first);
        int year = 2005 + random.nextInt(20);
        LocalDate published = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate visit = published.minusDays(1 + random.nextInt(20));
        LocalDate signed = visit.plusDays(1);
        String official = OFFICIALS[random.nextInt(OFFICIALS.length)];
        String domain = DOMAINS[random.nextInt(DOMAINS.length)];
        String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
        double millions = 10 + random.nextInt(9_000) + random.nextInt(10) / 10.0;
        List<String> sentences = new ArrayList<>();
        sentences.add(String.format(Locale.ROOT, "The %s of %s visited %s on %s.", official, first, second,
                DAY.format(visit)));
        sentences.add(String.format(Locale.ROOT, "Officials of %s and %s held talks on %s cooperation in the "
                + "capital.", first, second, domain));
        sentences.add(String.format(Locale.ROOT, "On %s, %s and %s signed a %s agreement.", DAY.format(signed),
                first, second, domain));
        sentences.add(String.format(Locale.ROOT, "Exports of %s from %s to %s reached $%.1f million in %d.",
                product, first, second, millions, year - 1));
        if (random.nextBoolean()) {
            String third = other(random, first);
            sentences.add(String.format(Locale.ROOT, "Later that month the %s of %s visited %s.",
                    OFFICIALS[random.nextInt(OFFICIALS.length)], third, first));
        }
        sentences.add(String.format(Locale.ROOT, "This is dispatch number %d of the regional desk.", n));
        String title = String.format(Locale.ROOT, "%s and %s: %s talks (%d)", first, second, domain, n);
        return new Article(title, published, title + "\n\n" + String.join(" ", sentences) + "\n");
    }

    private static String other(Random random, String not) {
        String state = pick(random, STATES);
        return state.equals(not) ? other(random, not) : state;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
