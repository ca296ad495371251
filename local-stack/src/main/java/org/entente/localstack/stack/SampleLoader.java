package org.entente.localstack.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Uploads the sample articles to the ingest service and waits until the catalog holds them with all their facts.
 *
 * <p>Each file is posted as {@code text/plain} to {@code POST /api/articles?title=<file name>[&published=<date>]}
 * with the {@code X-Api-Key} header; the date comes from the manifest ({@code {"doc": ..., "published": ...}} per
 * line) when it has one. A 2xx answer counts as loaded: {@code 202} for a new article, {@code 200} for a text the
 * ingest service already had. Either answer carries the article's id and how many facts were extracted from it,
 * which is what {@link #awaitCatalog} waits for.
 */
public final class SampleLoader {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String ingestUrl;
    private final String catalogUrl;
    private final String apiKey;
    private final ObjectMapper json = new ObjectMapper();

    public SampleLoader(String ingestUrl, String catalogUrl, String apiKey) {
        this.ingestUrl = ingestUrl;
        this.catalogUrl = catalogUrl;
        this.apiKey = apiKey;
    }

    /**
     * What happened to one file.
     *
     * @param file      the file
     * @param status    the HTTP status, 0 when there was no answer
     * @param problem   why it does not count as loaded, or {@code null}
     * @param articleId the id ingest-service gave the article, or {@code null} when not loaded
     * @param facts     the facts ingest-service extracted from it (events, agreement facts and trade figures)
     */
    public record Upload(Path file, int status, String problem, String articleId, int facts) {

        static Upload failed(Path file, int status, String problem) {
            return new Upload(file, status, problem, null, 0);
        }

        public boolean loaded() {
            return problem == null;
        }
    }

    /** The files of the directory, by name. */
    public static List<Path> articles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The publication dates of the manifest, by file name; files without one are absent. */
    public static Map<String, String> publishedDates(Path manifest) throws IOException {
        Map<String, String> dates = new HashMap<>();
        if (!Files.exists(manifest)) {
            return dates;
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = json.readTree(line);
            JsonNode published = entry.path("published");
            if (entry.hasNonNull("doc") && published.isTextual()) {
                dates.put(entry.get("doc").asText(), published.asText());
            }
        }
        return dates;
    }

    /** Posts each file; never throws for one file's failure, which is reported in its {@link Upload}. */
    public List<Upload> upload(List<Path> files, Map<String, String> publishedDates) throws InterruptedException {
        List<Upload> uploads = new ArrayList<>();
        for (Path file : files) {
            uploads.add(upload(file, publishedDates.get(file.getFileName().toString())));
        }
        return uploads;
    }

    private Upload upload(Path file, String published) throws InterruptedException {
        String title = file.getFileName().toString();
        String query = "title=" + encode(title) + (published == null ? "" : "&published=" + encode(published));
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/articles?" + query))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .header("X-Api-Key", apiKey)
                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status / 100 != 2) {
                return Upload.failed(file, status, "HTTP " + status + ": " + response.body());
            }
            JsonNode outcome = json.readTree(response.body());
            String id = outcome.path("id").asText("");
            if (id.isEmpty()) {
                return Upload.failed(file, status, "HTTP " + status + " without an article id: " + response.body());
            }
            int facts = outcome.path("events").asInt() + outcome.path("agreements").asInt()
                    + outcome.path("trade").asInt();
            return new Upload(file, status, null, id, facts);
        } catch (IOException e) {
            return Upload.failed(file, 0, e.toString());
        }
    }

    /**
     * Waits until the catalog's {@code GET /api/articles/{id}} shows each loaded article with at least as many fact
     * statements (events, agreements, trade figures) as ingest-service extracted from it.
     *
     * @return the uploads the catalog does not hold completely when the timeout passed (empty when all arrived)
     */
    public List<Upload> awaitCatalog(List<Upload> uploads, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<Upload> waiting = uploads.stream().filter(Upload::loaded).toList();
        while (!waiting.isEmpty()) {
            waiting = waiting.stream().filter(upload -> statementsInCatalog(upload) < upload.facts()).toList();
            if (waiting.isEmpty() || !Instant.now().isBefore(deadline)) {
                break;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return waiting;
    }

    /** The fact statements the catalog shows for the article; -1 while it does not know the article. */
    private int statementsInCatalog(Upload upload) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(catalogUrl + "/api/articles/"
                + encode(upload.articleId()))).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return -1;
            }
            return CatalogArticle.statements(json.readTree(response.body()));
        } catch (IOException e) {
            return -1; // the catalog is busy or restarting: ask again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
