package org.entente.extraction.actor;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the actor resolver over the sample articles and prints MB/s (a measurement, not a test):
 * {@code java -cp target/classes:target/test-classes org.entente.extraction.actor.ActorThroughput [dir]}.
 * It compares {@link ActorResolver#find(String)} and {@link ActorResolver#document(String)} with the bare
 * tokenisation they start from. Time is the thread's CPU time, so other processes on the machine do not count.
 */
public final class ActorThroughput {

    private static final int ROUNDS = 300;

    private ActorThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../samples/articles");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        long bytes = texts.stream().mapToLong(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .sum();
        ActorResolver resolver = ActorResolver.shared();
        report("tokenise only", bytes, () -> texts.forEach(t -> Tokenizer.tokens(t, 0, t.length())));
        report("find", bytes, () -> texts.forEach(resolver::find));
        report("document", bytes, () -> texts.forEach(resolver::document));
    }

    private static void report(String name, long bytes, Runnable pass) {
        for (int i = 0; i < ROUNDS / 3; i++) {
            pass.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < ROUNDS; i++) {
            pass.run();
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        double megabytes = bytes * (double) ROUNDS / 1e6;
        System.out.printf("%-14s %7.2f MB/s  %6.3f ms per 10 KB%n", name, megabytes / seconds,
                seconds * 1000 / ROUNDS / (bytes / 10_000.0));
    }
}
