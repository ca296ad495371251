package org.entente.localstack.tools;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time used so far by processes of this machine, as the operating system counts it: what a request costs,
 * whatever else competes for the cores while it is measured.
 */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** The CPU time of process {@code pid} alone, if it runs and the system tells. */
    public static Optional<Duration> of(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration());
    }

    /**
     * The CPU time of the PostgreSQL server listening on {@code port}: its postmaster and every process under it
     * (one backend per connection). Empty when no such server is found.
     */
    public static Optional<Duration> ofPostgres(int port) {
        List<ProcessHandle> postmasters = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine()
                        .filter(line -> isPostmasterOn(line, port)).isPresent())
                .toList();
        if (postmasters.size() != 1) {
            return Optional.empty();
        }
        ProcessHandle postmaster = postmasters.get(0);
        return Optional.of(Stream.concat(Stream.of(postmaster), postmaster.descendants())
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus));
    }

    /** Whether {@code commandLine} starts a PostgreSQL server on {@code port} ({@code postgres ... -p <port>}). */
    static boolean isPostmasterOn(String commandLine, int port) {
        List<String> words = List.of(commandLine.trim().split("\\s+"));
        int option = words.indexOf("-p");
        return !words.isEmpty() && words.get(0).endsWith("/postgres") && option > 0 && option + 1 < words.size()
                && words.get(option + 1).equals(Integer.toString(port));
    }
}
