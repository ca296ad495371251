package org.entente.localstack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finds a PostgreSQL server still running on a persistent data directory after the JVM that started it was killed
 * (zonky's shutdown hook never ran), and stops it so that the directory can be started again.
 *
 * <p>zonky holds a lock on {@code epg-lock} in the data directory while its JVM lives; a running
 * {@code postmaster} with nobody holding that lock is an orphan.
 */
final class StalePostmaster {

    private static final String ZONKY_LOCK = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";
    private static final long SMART_SHUTDOWN_SECONDS = 20;

    private StalePostmaster() {
    }

    /**
     * Stops the orphaned server of this data directory, if there is one.
     *
     * @throws IllegalStateException when another live process is using the directory
     */
    static void stopIfOrphaned(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(ZONKY_LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(dataDir);
            }
            Optional<ProcessHandle> postmaster = runningPostmaster(dataDir);
            if (postmaster.isPresent()) {
                System.err.println("Stopping PostgreSQL left running on " + dataDir + " (pid "
                        + postmaster.get().pid() + ") by a launcher that was killed");
                stop(postmaster.get());
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDir);
        }
    }

    private static IllegalStateException inUse(Path dataDir) {
        return new IllegalStateException("the PostgreSQL data directory " + dataDir
                + " is in use by another running stack (is ./entente up already running?)");
    }

    private static Optional<ProcessHandle> runningPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        // the pid may have been reused since: only a postgres process counts
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }

    /** SIGTERM (PostgreSQL's smart shutdown), then SIGKILL if it lingers; the next start recovers from the WAL. */
    private static void stop(ProcessHandle postmaster) throws IOException {
        CompletableFuture<ProcessHandle> exited = postmaster.onExit();
        postmaster.destroy();
        try {
            exited.get(SMART_SHUTDOWN_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            postmaster.destroyForcibly();
            exited.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the orphaned PostgreSQL server", e);
        } catch (ExecutionException e) {
            throw new IOException("could not wait for the orphaned PostgreSQL server to stop", e);
        }
    }
}
