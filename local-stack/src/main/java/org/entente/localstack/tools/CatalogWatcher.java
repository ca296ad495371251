package org.entente.localstack.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.localstack.stack.CatalogArticle;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Watches catalog-service for the uploaded articles: an article counts as visible once
 * {@code GET /api/articles/{id}} answers with at least as many fact statements as ingest-service extracted from it.
 *
 * <p>Articles flow through the pipeline roughly in upload order, so each round asks about the oldest unseen ones only:
 * {@value #PROBE} spread from the oldest on while none shows up (with a pause between rounds), the oldest
 * {@value #WINDOW} once some do. That keeps the watcher's own load on the catalog, which shares the machine, to about
 * one request per article. The time an article is seen is the end of the request that found it, so it is late by at
 * most one round.
 */
final class CatalogWatcher {

    private static final int WINDOW = 64;
    private static final int PROBE = 4;
    private static final Duration IDLE_PAUSE = Duration.ofMillis(500);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String catalogUrl;
    private final ExecutorService checkers;
    private final ConcurrentLinkedQueue<BenchUpload> arrivals = new ConcurrentLinkedQueue<>();
    private final List<BenchUpload> waiting = new ArrayList<>();
    private final Map<BenchUpload, Long> seenAt = new ConcurrentHashMap<>();
    private boolean lastRoundSawSome;

    /**
     * @param catalogUrl catalog-service's base URL
     * @param threads    requests in flight at once
     */
    CatalogWatcher(String catalogUrl, int threads) {
        this.catalogUrl = catalogUrl;
        this.checkers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bench-catalog-watcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Adds an accepted upload to watch for. */
    void watch(BenchUpload upload) {
        arrivals.add(upload);
    }

    /** When each article was seen ({@link System#nanoTime()}). */
    Map<BenchUpload, Long> seen() {
        return Map.copyOf(seenAt);
    }

    /** Articles watched for and not seen yet. */
    int unseen() {
        return waiting.size() + arrivals.size();
    }

    /** One round: asks about the oldest unseen articles; returns how many were seen. */
    int round() throws InterruptedException {
        for (BenchUpload upload; (upload = arrivals.poll()) != null; ) {
            waiting.add(upload);
        }
        List<BenchUpload> window = lastRoundSawSome
                ? List.copyOf(waiting.subList(0, Math.min(WINDOW, waiting.size())))
                : probe(waiting);
        List<Callable<Boolean>> checks = window.stream().<Callable<Boolean>>map(upload -> () -> check(upload))
                .toList();
        List<Future<Boolean>> results = checkers.invokeAll(checks);
        int seen = 0;
        for (int i = 0; i < window.size(); i++) {
            if (Boolean.TRUE.equals(resultOf(results.get(i)))) {
                waiting.remove(window.get(i));
                seen++;
            }
        }
        lastRoundSawSome = seen > 0;
        if (seen == 0) {
            Thread.sleep(IDLE_PAUSE.toMillis());
        }
        return seen;
    }

    /**
     * The oldest article and a few spread evenly over the rest, so that one article that never shows (the catalog
     * refused a fact) does not hide the others.
     */
    static List<BenchUpload> probe(List<BenchUpload> waiting) {
        int count = Math.min(PROBE, waiting.size());
        List<BenchUpload> probe = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            probe.add(waiting.get(i * waiting.size() / count));
        }
        return probe;
    }

    private static Boolean resultOf(Future<Boolean> result) {
        try {
            return result.get();
        } catch (Exception e) {
            return false; // asked again next round
        }
    }

    private boolean check(BenchUpload upload) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(catalogUrl + "/api/articles/"
                        + URLEncoder.encode(upload.articleId(), StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            if (CatalogArticle.statements(json.readTree(response.body())) >= upload.facts()) {
                seenAt.put(upload, System.nanoTime());
                return true;
            }
            return false;
        } catch (IOException e) {
            return false; // busy: asked again next round
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the request threads. */
    void close() {
        checkers.shutdownNow();
    }
}
