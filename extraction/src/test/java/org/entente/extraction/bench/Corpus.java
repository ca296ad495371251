package org.entente.extraction.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The articles a benchmark runs over: every file of a directory (default: the sample corpus). */
record Corpus(List<String> names, List<String> texts) {

    static final String DIRECTORY_PROPERTY = "entente.bench.corpus";

    static Corpus load() {
        Path dir = Path.of(System.getProperty(DIRECTORY_PROPERTY, "samples/articles"));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            if (sorted.isEmpty()) {
                throw new IllegalStateException("no articles in " + dir.toAbsolutePath());
            }
            return new Corpus(sorted.stream().map(p -> p.getFileName().toString()).toList(),
                    sorted.stream().map(Corpus::read).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir.toAbsolutePath(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Size of all texts in UTF-8 bytes. */
    long bytes() {
        return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }
}
