package org.entente.localstack.stack;

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

import static org.assertj.core.api.Assertions.assertThat;

class SampleLoaderTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private String url;

    @BeforeEach
    void ingestThatKnowsOneArticleAlready() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/articles", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if ("POST".equals(exchange.getRequestMethod())) {
                requests.add(exchange.getRequestURI().getRawQuery() + " key=" + exchange.getRequestHeaders()
                        .getFirst("X-Api-Key") + " type=" + exchange.getRequestHeaders().getFirst("Content-Type")
                        + " body=" + body);
            }
            String query = String.valueOf(exchange.getRequestURI().getRawQuery());
            int status = query.contains("known.txt") ? 409 : query.contains("broken.txt") ? 400 : 202;
            byte[] answer = "{\"items\":[{\"title\":\"a.txt\"}]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders("GET".equals(exchange.getRequestMethod()) ? 200 : status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
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
        assertThat(uploads.get(2).problem()).startsWith("HTTP 400");
        assertThat(requests.get(0)).isEqualTo("title=a.txt&published=2018-03-21 key=k1 "
                + "type=text/plain; charset=UTF-8 body=Iraq and Pakistan");
        assertThat(requests.get(1)).startsWith("title=known.txt key=k1");
    }

    @Test
    void catalogWaitEndsWhenEveryTitleIsListedAndReportsTheMissingOnes() throws Exception {
        SampleLoader loader = new SampleLoader(url, url, "k1");

        assertThat(loader.awaitCatalog(List.of("a.txt"), Duration.ofSeconds(30))).isEmpty();
        assertThat(loader.awaitCatalog(List.of("a.txt", "z.txt"), Duration.ofSeconds(2))).containsExactly("z.txt");
    }
}
