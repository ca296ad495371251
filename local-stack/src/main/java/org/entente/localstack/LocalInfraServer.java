package org.entente.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Runs Kafka and/or PostgreSQL in a JVM of their own, for a parent process that must not load the broker (see
 * {@link ForkedInfra}). Prints an {@link InfraHandshake} line when ready, then serves until its standard input ends
 * (the parent closed it, or died, even by SIGKILL), stops the servers cleanly and exits.
 *
 * <p>Arguments: {@code [--kafka] [--postgres] [--kafka-port N] [--postgres-port N] [--data-dir DIR --log-dir DIR]};
 * without {@code --data-dir} the data lives in temporary directories deleted on exit.
 */
public final class LocalInfraServer {

    private LocalInfraServer() {
    }

    /** Entry point of the child JVM. */
    public static void main(String[] args) throws IOException {
        LocalInfra.Options options = parse(args);
        LocalInfra infra;
        try {
            infra = LocalInfra.start(options);
        } catch (IOException | SQLException | RuntimeException e) {
            // tell the parent through stderr and the exit code; exit also ends threads a half-started broker left
            e.printStackTrace();
            System.exit(1);
            return;
        }
        System.out.println(new InfraHandshake(
                infra.kafka().map(EmbeddedKafka::bootstrapServers),
                infra.postgres().map(EmbeddedPostgres::serverJdbcUrl)).format());
        System.out.flush();
        awaitEndOfInput(System.in);
        infra.close();
        System.exit(0); // the servers are stopped; no thread of theirs may keep this JVM alive
    }

    private static void awaitEndOfInput(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // the parent never writes; reading only notices when the pipe closes
        }
    }

    static LocalInfra.Options parse(String[] args) {
        boolean kafka = false;
        boolean postgres = false;
        int kafkaPort = 0;
        int postgresPort = 0;
        Path dataDir = null;
        Path logDir = null;
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.pop();
            switch (arg) {
                case "--kafka" -> kafka = true;
                case "--postgres" -> postgres = true;
                case "--kafka-port" -> kafkaPort = Integer.parseInt(value(arg, rest));
                case "--postgres-port" -> postgresPort = Integer.parseInt(value(arg, rest));
                case "--data-dir" -> dataDir = Path.of(value(arg, rest));
                case "--log-dir" -> logDir = Path.of(value(arg, rest));
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        if (dataDir != null && logDir == null) {
            throw new IllegalArgumentException("--data-dir needs --log-dir");
        }
        return new LocalInfra.Options(kafka, postgres, kafkaPort, postgresPort, dataDir, logDir);
    }

    private static String value(String option, Deque<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.pop();
    }
}
