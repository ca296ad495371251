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
 * Uploads the sample articles to the ingest service and waits until the catalog lists them.
 *
 * <p>Each file is posted as {@code text/plain} to {@code POST /api/articles?title=<file name>[&published=<date>]}
 * with the {@code X-Api-Key} header; the date comes from the manifest ({@code {"doc": ..., "published": ...}} per
 * line) when it has one. A 2xx answer, or the 409 or 303 of an article ingested before, counts as loaded.
 */
public final class SampleLoader {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String ingestUrl;
    private final String catalogUrl;
    private final String apiKey;

    public SampleLoader(String ingestUrl, String catalogUrl, String apiKey) {
        this.ingestUrl = ingestUrl;
        this.catalogUrl = catalogUrl;
        this.apiKey = apiKey;
    }

    /**
     * What happened to one file.
     *
     * @param file    the file
     * @param status  the HTTP status, 0 when there was no answer
     * @param problem why it does not count as loaded, or {@code null}
     */
    public record Upload(Path file, int status, String problem) {
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
            boolean loaded = status / 100 == 2 || status == 409 || status == 303;
            return new Upload(file, status, loaded ? null : "HTTP " + status + ": " + response.body());
        } catch (IOException e) {
            return new Upload(file, 0, e.toString());
        }
    }

    /**
     * Waits until {@code GET /api/articles} of the catalog mentions every title.
     *
     * @return the titles still missing when the timeout passed (empty when all arrived)
     */
    public List<String> awaitCatalog(List<String> titles, Duration timeout) throws InterruptedException {
        HttpRequest list = HttpRequest.newBuilder(URI.create(catalogUrl + "/api/articles?limit=500"))
                .timeout(REQUEST_TIMEOUT).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        List<String> missing = titles;
        while (!missing.isEmpty() && Instant.now().isBefore(deadline)) {
            String body = listing(list);
            missing = titles.stream().filter(title -> !body.contains(title)).toList();
            if (!missing.isEmpty()) {
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
        }
        return missing;
    }

    private String listing(HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            return ""; // the catalog is busy or restarting: ask again
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
