package org.entente.localstack.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SampleLoaderTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger catalogReadsOfA = new AtomicInteger();
    private String url;

    /**
     * One fake server for both services: ingest accepts a.txt (3 facts), answers known.txt as a duplicate
     * (1 fact) and refuses broken.txt; the catalog shows a.txt's facts arriving one read at a time and knows
     * known.txt's fact, but never hears of "lost".
     */
    @BeforeEach
    void ingestAndCatalog() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/articles", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if ("POST".equals(exchange.getRequestMethod())) {
                requests.add(exchange.getRequestURI().getRawQuery() + " key=" + exchange.getRequestHeaders()
                        .getFirst("X-Api-Key") + " type=" + exchange.getRequestHeaders().getFirst("Content-Type")
                        + " body=" + body);
                String query = String.valueOf(exchange.getRequestURI().getRawQuery());
                if (query.contains("known.txt")) {
                    answer(exchange, 200, "{\"id\":\"k\",\"duplicate\":true,\"events\":1,\"agreements\":0,\"trade\":0}");
                } else if (query.contains("broken.txt")) {
                    answer(exchange, 400, "{\"title\":\"Unreadable document\"}");
                } else {
                    answer(exchange, 202, "{\"id\":\"a\",\"duplicate\":false,\"events\":2,\"agreements\":1,\"trade\":0}");
                }
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/a")) {
                int seen = Math.min(catalogReadsOfA.incrementAndGet(), 3);
                String events = seen >= 2 ? "[{},{}]" : seen >= 1 ? "[{}]" : "[]";
                String agreements = seen >= 3 ? "[{}]" : "[]";
                answer(exchange, 200, "{\"events\":" + events + ",\"agreements\":" + agreements + ",\"trade\":[]}");
            } else if (path.endsWith("/k")) {
                answer(exchange, 200, "{\"events\":[{}],\"agreements\":[],\"trade\":[]}");
            } else {
                answer(exchange, 404, "{\"title\":\"Not found\"}");
            }
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void publishedDatesComeFromTheManifestWhenItHasOne() throws IOException {
        Path manifest = Files.writeString(dir.resolve("manifest.jsonl"), """
                {"doc": "a.txt", "published": "2018-03-21", "note": "from the address"}
                {"doc": "b.txt", "published": null, "note": "no date"}

                """);

        assertThat(SampleLoader.publishedDates(manifest)).isEqualTo(Map.of("a.txt", "2018-03-21"));
        assertThat(SampleLoader.publishedDates(dir.resolve("absent.jsonl"))).isEmpty();
    }

    @Test
    void eachFileIsPostedAsTextWithTitleDateAndKeyAndADuplicateCountsAsLoaded() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Iraq and Pakistan");
        Path known = Files.writeString(dir.resolve("known.txt"), "seen before");
        Path broken = Files.writeString(dir.resolve("broken.txt"), "refused");
        SampleLoader loader = new SampleLoader(url, url, "k1");

        List<SampleLoader.Upload> uploads = loader.upload(List.of(a, known, broken), Map.of("a.txt", "2018-03-21"));

        assertThat(uploads).extracting(SampleLoader.Upload::loaded).containsExactly(true, true, false);
        assertThat(uploads).extracting(SampleLoader.Upload::articleId).containsExactly("a", "k", null);
        assertThat(uploads).extracting(SampleLoader.Upload::facts).containsExactly(3, 1, 0);
        assertThat(uploads.get(2).problem()).startsWith("HTTP 400");
        assertThat(requests.get(0)).isEqualTo("title=a.txt&published=2018-03-21 key=k1 "
                + "type=text/plain; charset=UTF-8 body=Iraq and Pakistan");
        assertThat(requests.get(1)).startsWith("title=known.txt key=k1");
    }

    @Test
    void catalogWaitEndsOnlyWhenEveryArticleShowsAllItsFacts() throws Exception {
        SampleLoader loader = new SampleLoader(url, url, "k1");
        SampleLoader.Upload a = new SampleLoader.Upload(dir.resolve("a.txt"), 202, null, "a", 3);
        SampleLoader.Upload known = new SampleLoader.Upload(dir.resolve("known.txt"), 200, null, "k", 1);

        assertThat(loader.awaitCatalog(List.of(a, known), Duration.ofSeconds(30))).isEmpty();
        assertThat(catalogReadsOfA).hasValue(3);
    }

    @Test
    void catalogWaitReportsTheArticlesStillIncompleteAtTheTimeout() throws Exception {
        SampleLoader loader = new SampleLoader(url, url, "k1");
        SampleLoader.Upload known = new SampleLoader.Upload(dir.resolve("known.txt"), 200, null, "k", 1);
        SampleLoader.Upload lost = new SampleLoader.Upload(dir.resolve("lost.txt"), 202, null, "lost", 2);
        SampleLoader.Upload refused = new SampleLoader.Upload(dir.resolve("broken.txt"), 400, "HTTP 400", null, 0);

        assertThat(loader.awaitCatalog(List.of(known, lost, refused), Duration.ofSeconds(2))).containsExactly(lost);
    }
}
