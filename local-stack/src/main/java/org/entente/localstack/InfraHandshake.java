package org.entente.localstack;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line {@link LocalInfraServer} prints on standard output once its servers accept connections, telling the
 * parent process where they are: {@code entente-local-infra ready kafka=127.0.0.1:41234
 * postgres=jdbc:postgresql://127.0.0.1:41235/} ({@code -} for a server that was not asked for).
 *
 * @param kafkaBootstrapServers  the broker's bootstrap servers, if Kafka was started
 * @param postgresServerUrl      PostgreSQL's JDBC URL without a database, if PostgreSQL was started
 */
public record InfraHandshake(Optional<String> kafkaBootstrapServers, Optional<String> postgresServerUrl) {

    private static final String PREFIX = "entente-local-infra ready";
    private static final String ABSENT = "-";
    private static final Pattern LINE = Pattern.compile(Pattern.quote(PREFIX) + " kafka=(\\S+) postgres=(\\S+)");

    /** The line to print. */
    public String format() {
        return PREFIX + " kafka=" + kafkaBootstrapServers.orElse(ABSENT)
                + " postgres=" + postgresServerUrl.orElse(ABSENT);
    }

    /** The handshake in a line of output, or empty if the line is something else. */
    public static Optional<InfraHandshake> parse(String line) {
        Matcher m = LINE.matcher(line.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new InfraHandshake(present(m.group(1)), present(m.group(2))));
    }

    private static Optional<String> present(String value) {
        return ABSENT.equals(value) ? Optional.empty() : Optional.of(value);
    }
}
