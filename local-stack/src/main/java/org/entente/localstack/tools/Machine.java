package org.entente.localstack.tools;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A one-line description of this machine for benchmark reports: processors, CPU model, memory, Java. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "%d cores (nproc %s), %s, %.0f GB RAM, Java %s",
                Runtime.getRuntime().availableProcessors(), nproc(), cpuModel(), memory / 1e9,
                Runtime.version().feature());
    }

    private static String nproc() {
        try {
            Process process = new ProcessBuilder("nproc").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes()).strip();
            return process.waitFor() == 0 ? text : "?";
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
