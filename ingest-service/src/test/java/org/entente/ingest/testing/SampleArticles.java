package org.entente.ingest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The repository's sample articles ({@code samples/articles/*.txt}) with the publication dates of
 * {@code samples/eval/seeds-manifest.jsonl}.
 */
public final class SampleArticles {

    /** Failsafe and surefire run in the module's directory. */
    private static final Path SAMPLES = Path.of("..", "samples");

    private SampleArticles() {
    }

    /**
     * One sample.
     *
     * @param file      its file name
     * @param text      its text
     * @param published its publication date (YYYY-MM-DD), or null when the manifest gives none
     */
    public record SampleArticle(String file, String text, String published) {
    }

    /** Every sample article, by file name. */
    public static List<SampleArticle> load() {
        Map<String, String> published = publicationDates();
        try (Stream<Path> files = Files.list(SAMPLES.resolve("articles"))) {
            List<SampleArticle> samples = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
                    .map(f -> new SampleArticle(f.getFileName().toString(), read(f),
                            published.get(f.getFileName().toString())))
                    .toList();
            if (samples.isEmpty()) {
                throw new IllegalStateException("no sample articles under " + SAMPLES.toAbsolutePath());
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> publicationDates() {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> dates = new HashMap<>();
        try {
            for (String line : Files.readAllLines(SAMPLES.resolve("eval/seeds-manifest.jsonl"))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode entry = json.readTree(line);
                JsonNode date = entry.path("published");
                dates.put(entry.path("doc").asText(), date.isTextual() ? date.asText() : null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dates;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
