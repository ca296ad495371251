package org.entente.localstack.tools;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link IngestCommand} against a stand-in for ingest-service that refuses every batch of more than one file as too
 * large, and the file named {@code huge.txt} even alone: the batch is split down to single files and only that one
 * fails.
 */
class IngestCommandSplitTest {

    private static final Pattern FILE_NAME = Pattern.compile("name=\"file\"; filename=\"([^\"]+)\"");

    @TempDir
    Path folder;

    private HttpServer server;
    private final Map<String, String> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger batches = new AtomicInteger();

    @BeforeEach
    void startStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/articles/batch", this::batch);
        server.createContext("/api/jobs/", exchange -> answer(exchange, 200,
                jobs.get(exchange.getRequestURI().getPath().substring("/api/jobs/".length()))));
        server.start();
    }

    @AfterEach
    void stopStandIn() {
        server.stop(0);
    }

    @Test
    void aBatchRefusedAsTooLargeIsSplitSoOnlyTheOffendingFileFails() throws IOException {
        for (String name : new String[]{"a.txt", "b.txt", "huge.txt", "c.txt"}) {
            Files.writeString(folder.resolve(name), "text of " + name);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = IngestCommand.run(new String[]{folder.toString(), "--url",
                        "http://127.0.0.1:" + server.getAddress().getPort(), "--key", "k"}, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(1);
        assertThat(summary).contains("4 files in 3 batches").contains("  accepted     3\n")
                .contains("  failed       1\n").contains("    huge.txt: The request body is larger than 10 bytes.")
                .contains("events 3, agreements 0, trade 0");
        assertThat(batches.get()).isEqualTo(7); // 4 files, then 2 + 2, then 1 + 1 + 1 + 1
    }

    private void batch(HttpExchange exchange) throws IOException {
        batches.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher names = FILE_NAME.matcher(body);
        int files = 0;
        String name = null;
        while (names.find()) {
            files++;
            name = names.group(1);
        }
        if (files != 1 || name.equals("huge.txt")) {
            answer(exchange, 413, "{\"status\":413,\"detail\":\"The request body is larger than 10 bytes.\"}");
            return;
        }
        String id = "job-" + jobs.size();
        String job = "{\"id\":\"" + id + "\",\"state\":\"done\",\"total\":1,\"processed\":1,\"accepted\":1,"
                + "\"duplicate\":0,\"failed\":0,\"facts\":{\"events\":1,\"agreements\":0,\"trade\":0},"
                + "\"files\":[{\"name\":\"" + name + "\",\"state\":\"accepted\",\"article\":\"x\",\"reason\":null}]}";
        jobs.put(id, job);
        answer(exchange, 202, job);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = (json == null ? "{}" : json).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
