package org.entente.localstack.stack;

import org.entente.localstack.StackLauncher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./entente up} as the tests run it: the launcher in a JVM of its own, in a session and process group of its
 * own ({@code setsid}), so that a test can send SIGINT to the whole group as Ctrl-C does in a terminal.
 */
final class LauncherProcess {

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private LauncherProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::collectOutput, "launcher-output");
        reader.setDaemon(true);
        reader.start();
    }

    static LauncherProcess start(List<String> args) throws IOException {
        // A build started in the background (nohup, CI runners, `cmd &`) ignores SIGINT, and its children inherit
        // that: a JVM that starts with SIGINT ignored never sees Ctrl-C. env restores the default, as a terminal has.
        List<String> command = new ArrayList<>(List.of("setsid", "env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StackLauncher.class.getName()));
        String logManager = System.getProperty("java.util.logging.manager");
        if (logManager != null) {
            command.add(4, "-Djava.util.logging.manager=" + logManager);
        }
        command.addAll(args);
        return new LauncherProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private void collectOutput() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
            }
        } catch (IOException e) {
            output.add("(output broke off: " + e + ")");
        }
    }

    /** Waits for a line of output, or for the launcher to end; returns whether the line came. */
    boolean awaitLine(String line, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (output.contains(line)) {
                return true;
            }
            if (!process.isAlive()) {
                Thread.sleep(200); // let the reader catch the last lines
                return output.contains(line);
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** Everything printed so far. */
    String output() {
        return String.join("\n", output);
    }

    /** The launcher and every process below it (the services; PostgreSQL detaches itself). */
    List<ProcessHandle> processTree() {
        List<ProcessHandle> tree = new ArrayList<>(List.of(process.toHandle()));
        process.descendants().forEach(tree::add);
        return tree;
    }

    /** Ctrl-C: SIGINT to the launcher's process group. */
    void interruptGroup() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).inheritIO().start().waitFor();
    }

    /** SIGTERM to the launcher alone. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the launcher to end and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("the launcher did not end in " + timeout.toSeconds() + " s:\n"
                    + output());
        }
        return process.exitValue();
    }
}
