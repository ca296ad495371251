package org.entente.extraction.text;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;

import org.entente.extraction.Document;
import org.entente.extraction.money.MoneyFinder;
import org.entente.extraction.normalize.Normalised;
import org.entente.extraction.normalize.Normaliser;
import org.entente.extraction.pubdate.PublicationDateFinder;
import org.entente.extraction.time.TimeFinder;

/**
 * Measures the text stages on the sample articles, one thread, and prints article MB/s per stage and its cost
 * relative to the bare pass (sentence split + tokenize). Not a test: run it by hand after
 * {@code mvn -pl extraction test-compile}:
 * <pre>
 * java -cp extraction/target/classes:extraction/target/test-classes \
 *     org.entente.extraction.text.TextStagesThroughput [ARTICLES_DIR] [TRIALS]
 * </pre>
 * Rates are megabytes of raw article text (UTF-8) per second of this thread's CPU time, so other processes on a
 * shared machine skew them less, and stages that read the normalised text or its sentences compare with the rest.
 * The stages run in turn, a second of CPU each, for several trials; each figure is the median over the trials.
 */
public final class TextStagesThroughput {

    private static final double SECONDS_PER_TRIAL = 1.0;

    /** Where the stages' results go, so the compiler cannot drop the work. */
    private static volatile long checksum;

    private TextStagesThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : findSamples();
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<String> raws = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                raws.add(Files.readString(f));
            }
        }
        long bytes = raws.stream().mapToLong(r -> r.getBytes(StandardCharsets.UTF_8).length).sum();
        Map<String, IntUnaryOperator> stages = stages(raws);
        Map<String, double[]> rates = new LinkedHashMap<>();
        stages.keySet().forEach(name -> rates.put(name, new double[trials]));
        for (int trial = -1; trial < trials; trial++) {
            for (Map.Entry<String, IntUnaryOperator> stage : stages.entrySet()) {
                double rate = measure(stage.getValue(), raws.size(), bytes);
                if (trial >= 0) {
                    rates.get(stage.getKey())[trial] = rate;
                }
            }
        }
        double bare = median(rates.get(BARE_PASS));
        System.out.printf("%d articles, %.1f KB, %d trials, one thread; medians of MB/s of CPU time%n", raws.size(),
                bytes / 1024.0, trials);
        for (Map.Entry<String, double[]> e : rates.entrySet()) {
            double rate = median(e.getValue());
            System.out.printf("%-28s %8.1f MB/s  %7.3f ms per 10 KB  %5.2f x bare pass%n", e.getKey(), rate,
                    10_240 / (rate * 1e6) * 1e3, bare / rate);
        }
    }

    private static final String BARE_PASS = "split+tokenize (bare pass)";

    /** The stages, each a function of an article's index returning a checksum so the work is not optimised away. */
    private static Map<String, IntUnaryOperator> stages(List<String> raws) {
        Normaliser normaliser = new Normaliser();
        SentenceSplitter splitter = new SentenceSplitter();
        Tokenizer tokenizer = new Tokenizer();
        TimeFinder times = new TimeFinder(tokenizer);
        MoneyFinder money = new MoneyFinder(tokenizer);
        PublicationDateFinder pubdates = new PublicationDateFinder(normaliser, times);
        List<Normalised> normalised = raws.stream().map(normaliser::normaliseWithComments).toList();
        List<String> texts = normalised.stream().map(Normalised::text).toList();
        List<List<Sentence>> sentences = texts.stream().map(splitter::split).toList();
        List<List<List<Token>>> tokens = new ArrayList<>();
        for (int d = 0; d < texts.size(); d++) {
            String text = texts.get(d);
            tokens.add(sentences.get(d).stream().map(s -> tokenizer.tokenize(text, s.start(), s.end())).toList());
        }
        Map<String, IntUnaryOperator> stages = new LinkedHashMap<>();
        stages.put("normalise", d -> normaliser.normalise(raws.get(d)).length());
        stages.put("split", d -> splitter.split(texts.get(d)).size());
        stages.put("tokenize", d -> tokenize(tokenizer, texts.get(d), sentences.get(d)));
        stages.put(BARE_PASS, d -> tokenize(tokenizer, texts.get(d), splitter.split(texts.get(d))));
        stages.put("normalise+split+tokenize", d -> {
            String text = normaliser.normalise(raws.get(d));
            return tokenize(tokenizer, text, splitter.split(text));
        });
        stages.put("time (on tokens)", d -> {
            int n = 0;
            for (List<Token> t : tokens.get(d)) {
                n += times.find(texts.get(d), t).size();
            }
            return n;
        });
        stages.put("money (on tokens)", d -> {
            int n = 0;
            for (List<Token> t : tokens.get(d)) {
                n += money.find(texts.get(d), t).size();
            }
            return n;
        });
        stages.put("publication date", d -> pubdates.find(Document.of("d", raws.get(d)), normalised.get(d))
                .foundBy().length());
        return stages;
    }

    private static int tokenize(Tokenizer tokenizer, String text, List<Sentence> sentences) {
        int n = 0;
        for (Sentence s : sentences) {
            n += tokenizer.tokenize(text, s.start(), s.end()).size();
        }
        return n;
    }

    /** MB/s of one stage over all articles, run for {@link #SECONDS_PER_TRIAL} of this thread's CPU time. */
    private static double measure(IntUnaryOperator stage, int documents, long bytes) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        long deadline = start + (long) (SECONDS_PER_TRIAL * 1e9);
        long rounds = 0;
        long sink = 0;
        while (cpu.getCurrentThreadCpuTime() < deadline) {
            for (int d = 0; d < documents; d++) {
                sink += stage.applyAsInt(d);
            }
            rounds++;
        }
        double elapsed = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        checksum += sink;
        return bytes * (double) rounds / elapsed / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Path findSamples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("samples/articles"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no samples/articles above the working directory; pass the directory");
        }
        return dir.resolve("samples/articles");
    }
}
