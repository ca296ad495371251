package org.entente.localstack;

import org.entente.localstack.logging.ConsoleLoggerProvider;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Kafka and/or PostgreSQL in a child JVM ({@link LocalInfraServer}) on this JVM's classpath.
 *
 * <p>Keeping the broker out of the caller's JVM keeps it out of the caller's class loaders (Quarkus' test class
 * loaders come and go between test classes; a broker's threads outlive them) and its memory and logging separate.
 * The child dies with this JVM, even when this JVM is killed: it serves until its standard input, a pipe from this
 * process, ends. {@link #close()} ends it cleanly.
 */
public final class ForkedInfra implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final int REMEMBERED_ERROR_LINES = 40;
    private static final String LOG_PREFIX = "[local-infra] ";

    private final Process process;
    private final InfraHandshake handshake;
    private volatile boolean stopping;

    private ForkedInfra(Process process, InfraHandshake handshake) {
        this.process = process;
        this.handshake = handshake;
    }

    /**
     * Starts the child and waits until its servers accept connections.
     *
     * @param serverArguments {@link LocalInfraServer}'s arguments, e.g. {@code --kafka --postgres}
     */
    public static ForkedInfra start(List<String> serverArguments) throws IOException {
        Path classpathFile = classpathArgumentFile();
        try {
            return start(serverArguments, classpathFile);
        } finally {
            // the child read it when its JVM started; it is ready (or dead) by now
            Files.deleteIfExists(classpathFile);
        }
    }

    private static ForkedInfra start(List<String> serverArguments, Path classpathFile) throws IOException {
        Process process = new ProcessBuilder(command(serverArguments, classpathFile)).start();
        ErrorLines errors = new ErrorLines();
        pump(process.getErrorStream(), "local-infra-stderr", errors::add);
        CompletableFuture<InfraHandshake> ready = new CompletableFuture<>();
        pump(process.getInputStream(), "local-infra-stdout",
                line -> InfraHandshake.parse(line).ifPresentOrElse(ready::complete, () -> errors.add(line)));
        process.onExit().thenRun(() -> ready.completeExceptionally(new IOException(
                "the local infrastructure process exited with code " + process.exitValue() + " before it was ready")));
        try {
            ForkedInfra infra = new ForkedInfra(process, ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            process.onExit().thenRun(infra::reportUnexpectedExit);
            return infra;
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("could not start Kafka/PostgreSQL in a child JVM (" + String.join(" ",
                    serverArguments) + "): " + causeMessage(e) + "\n" + errors.text(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting Kafka/PostgreSQL", e);
        }
    }

    /**
     * A {@code java @file} argument file with this JVM's classpath: a test classpath can be longer than the 128 KiB
     * Linux allows for one command-line argument.
     */
    private static Path classpathArgumentFile() throws IOException {
        String classpath = System.getProperty("java.class.path").replace("\\", "\\\\").replace("\"", "\\\"");
        Path file = Files.createTempFile("entente-local-infra", ".args");
        Files.writeString(file, "-cp \"" + classpath + "\"\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> command(List<String> serverArguments, Path classpathFile) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms32m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Dslf4j.provider=" + ConsoleLoggerProvider.class.getName(),
                "-Dslf4j.internal.verbosity=WARN",
                "-D" + ConsoleLoggerProvider.LEVEL_PROPERTY + "="
                        + System.getProperty(ConsoleLoggerProvider.LEVEL_PROPERTY, "WARN"),
                "@" + classpathFile,
                LocalInfraServer.class.getName()));
        // the broker registers MBeans, and JMX logs through System.Logger: on a Quarkus test classpath that is the
        // JBoss log manager, which wants to be the JUL log manager too, as it is in the parent
        String logManager = System.getProperty("java.util.logging.manager");
        if (logManager != null) {
            command.add(1, "-Djava.util.logging.manager=" + logManager);
        }
        command.addAll(serverArguments);
        return command;
    }

    private static String causeMessage(Exception e) {
        return e instanceof TimeoutException ? "not ready after " + START_TIMEOUT.toSeconds() + " s"
                : e.getCause().getMessage();
    }

    /** Copies a stream of the child line by line to a consumer, on a daemon thread. */
    private static void pump(InputStream stream, String name, Consumer<String> lines) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // the pipe broke because the child is gone; its exit is reported by onExit
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void reportUnexpectedExit() {
        if (!stopping) {
            System.err.println(LOG_PREFIX + "the local Kafka/PostgreSQL process exited unexpectedly with code "
                    + process.exitValue());
        }
    }

    /** Where the servers are. */
    public InfraHandshake endpoints() {
        return handshake;
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    /** Whether the child still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the child to stop its servers (by closing its input) and waits for it; kills it if it hangs. */
    @Override
    public void close() throws IOException {
        stopping = true;
        process.getOutputStream().close();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                System.err.println(LOG_PREFIX + "the local Kafka/PostgreSQL process did not stop in "
                        + STOP_TIMEOUT.toSeconds() + " s; killing it");
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Prints the child's diagnostics and keeps the last lines for the error message of a failed start. */
    private static final class ErrorLines {
        private final Deque<String> last = new ArrayDeque<>();
        private final PrintStream out = System.err;

        synchronized void add(String line) {
            out.println(LOG_PREFIX + line);
            last.addLast(line);
            if (last.size() > REMEMBERED_ERROR_LINES) {
                last.removeFirst();
            }
        }

        synchronized String text() {
            return String.join("\n", last);
        }
    }
}
