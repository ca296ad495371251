package org.entente.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Starts other JVMs on the test classpath and reads their output. */
final class JavaProcesses {

    private JavaProcesses() {
    }

    static Process start(Class<?> mainClass, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dslf4j.provider=org.entente.localstack.logging.ConsoleLoggerProvider",
                "-Dslf4j.internal.verbosity=WARN",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        String logManager = System.getProperty("java.util.logging.manager");
        if (logManager != null) {
            command.add(1, "-Djava.util.logging.manager=" + logManager);
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        return builder.start();
    }

    /**
     * Reads the process' standard output until a line the parser accepts, and returns what it made of it; the rest
     * of the output is drained in the background.
     */
    static <T> T awaitLine(Process process, Function<String, Optional<T>> parser, Duration timeout)
            throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    parser.apply(line).ifPresent(result::complete);
                }
                result.completeExceptionally(new IllegalStateException("output ended without the expected line"));
            } catch (IOException e) {
                result.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        return result.get(timeout.toSeconds(), TimeUnit.SECONDS);
    }
}
