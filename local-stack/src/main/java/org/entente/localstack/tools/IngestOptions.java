package org.entente.localstack.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The options of {@code ./entente ingest DIR|ZIP [--url URL] [--key KEY]}.
 *
 * @param source the folder or zip archive to upload
 * @param url    ingest-service's base URL: {@code --url}, else {@code ENTENTE_INGEST_URL}, else
 *               {@value #DEFAULT_URL}
 * @param apiKey the key: {@code --key}, else {@code ENTENTE_API_KEY}, else {@code <repo>/.entente/api-key}
 */
public record IngestOptions(Path source, String url, String apiKey) {

    /** Where {@code ./entente up} runs ingest-service by default. */
    public static final String DEFAULT_URL = "http://localhost:8081";

    /** The usage text. */
    public static final String USAGE = """
            usage: ./entente ingest DIR|ZIP [--url URL] [--key KEY]

              Uploads a folder (recursively: .txt .html .htm .pdf .docx .md) or a zip of articles to a running
              ingest-service in batches, shows progress on standard error and prints a summary.

              --url URL   ingest-service, default $ENTENTE_INGEST_URL or http://localhost:8081
              --key KEY   API key, default $ENTENTE_API_KEY or the key ./entente up keeps in .entente/api-key
            Exit code: 0 all files ingested or duplicates, 1 some files failed, 2 usage or connection error.
            """;

    /**
     * Parses the command line.
     *
     * @param args        the arguments
     * @param environment the environment variables
     * @param repoRoot    where {@code .entente/api-key} is looked up
     * @throws UsageException naming what is wrong
     */
    public static IngestOptions parse(List<String> args, Map<String, String> environment, Path repoRoot) {
        Path source = null;
        String url = null;
        String key = null;
        Deque<String> rest = new ArrayDeque<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.pop();
            switch (arg) {
                case "--url" -> url = value(arg, rest);
                case "--key" -> key = value(arg, rest);
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option: " + arg);
                    }
                    if (source != null) {
                        throw new UsageException("give one folder or zip, not also " + arg);
                    }
                    source = Path.of(arg).toAbsolutePath().normalize();
                }
            }
        }
        if (source == null) {
            throw new UsageException("give the folder or zip of articles to upload");
        }
        if (!Files.exists(source)) {
            throw new UsageException("no such folder or file: " + source);
        }
        return new IngestOptions(source, baseUrl(firstOf(url, environment.get("ENTENTE_INGEST_URL"), DEFAULT_URL)),
                key != null ? key : keyOf(environment, repoRoot));
    }

    private static String keyOf(Map<String, String> environment, Path repoRoot) {
        String fromEnvironment = environment.get("ENTENTE_API_KEY");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        Path file = repoRoot.resolve(".entente/api-key");
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
        } catch (IOException e) {
            throw new UsageException("cannot read the API key in " + file + ": " + e.getMessage());
        }
        throw new UsageException("no API key: give --key KEY, set ENTENTE_API_KEY, or start the stack with "
                + "./entente up (it writes " + file + ")");
    }

    private static String baseUrl(String url) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new UsageException("--url must start with http:// or https://: " + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        throw new IllegalArgumentException("no value");
    }

    private static String value(String option, Deque<String> rest) {
        if (rest.isEmpty()) {
            throw new UsageException(option + " needs a value");
        }
        return rest.pop();
    }
}
