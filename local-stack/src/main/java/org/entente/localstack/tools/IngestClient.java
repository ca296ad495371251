package org.entente.localstack.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

/** Talks to ingest-service's batch API: {@code POST /api/articles/batch} and {@code GET /api/jobs/{id}}. */
final class IngestClient {

    private static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration POLL_TIMEOUT = Duration.ofSeconds(30);
    private static final int BUSY_RETRIES = 10;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final String apiKey;

    IngestClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /**
     * The answer to a batch: the job, or the problem's detail when the service refused the batch as a whole
     * (too large, unreadable zip).
     *
     * @param job     the job, or null when refused
     * @param status  the HTTP status
     * @param problem why it was refused, or null
     */
    record Submission(JobReport job, int status, String problem) {
        boolean refused() {
            return job == null;
        }
    }

    /**
     * Posts one batch.
     *
     * @throws ServiceUnreachableException when the service cannot be reached, refuses the key or fails
     * @throws FileNotFoundException      when a file disappeared
     */
    Submission submit(List<ArticleFile> files) throws FileNotFoundException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            MultipartBody body = new MultipartBody(files);
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/articles/batch"))
                    .timeout(UPLOAD_TIMEOUT)
                    .header("Content-Type", body.contentType())
                    .header("X-Api-Key", apiKey)
                    .header("Accept", "application/json")
                    .POST(body.publisher())
                    .build();
            HttpResponse<String> response = send(request);
            int status = response.statusCode();
            if (status == 202) {
                return new Submission(JobReport.of(read(response.body())), status, null);
            }
            if (status == 503 && attempt < BUSY_RETRIES) {
                Thread.sleep(1000L * (attempt + 1));
                continue;
            }
            requireAuthorised(status);
            if (status >= 400 && status < 500) {
                return new Submission(null, status, detail(response.body(), status));
            }
            throw new ServiceUnreachableException("ingest-service answered HTTP " + status + " to a batch: "
                    + detail(response.body(), status));
        }
    }

    /** The job's progress. */
    JobReport job(String id) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/jobs/" + id))
                .timeout(POLL_TIMEOUT).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new ServiceUnreachableException("ingest-service answered HTTP " + response.statusCode()
                    + " for job " + id + ": " + detail(response.body(), response.statusCode()));
        }
        return JobReport.of(read(response.body()));
    }

    private HttpResponse<String> send(HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new ServiceUnreachableException("cannot connect to ingest-service at " + baseUrl
                    + " (is the stack running? ./entente up, or give --url)");
        } catch (HttpTimeoutException e) {
            throw new ServiceUnreachableException("ingest-service at " + baseUrl + " did not answer in time");
        } catch (IOException e) {
            throw new ServiceUnreachableException("talking to ingest-service at " + baseUrl + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static void requireAuthorised(int status) {
        if (status == 401 || status == 403) {
            throw new ServiceUnreachableException("ingest-service refused the API key (HTTP " + status
                    + "); give the right one with --key or ENTENTE_API_KEY");
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new ServiceUnreachableException("ingest-service answered something that is not JSON: "
                    + abbreviated(body));
        }
    }

    /** The {@code detail} of a problem+json body, else the body itself, shortened. */
    private String detail(String body, int status) {
        try {
            JsonNode problem = json.readTree(body);
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
        } catch (IOException e) {
            // not JSON: the body itself says what is wrong
        }
        return body == null || body.isBlank() ? "HTTP " + status : abbreviated(body);
    }

    private static String abbreviated(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }
}
