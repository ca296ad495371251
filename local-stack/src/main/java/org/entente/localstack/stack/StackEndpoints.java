package org.entente.localstack.stack;

/**
 * The infrastructure the services are pointed at.
 *
 * @param kafkaBootstrapServers Kafka's bootstrap servers
 * @param jdbcServerUrl         a JDBC URL of the PostgreSQL server; each service gets its own database on it
 * @param jdbcUser              the account the services connect with; it must be allowed to create databases
 *                              unless they exist
 * @param jdbcPassword          its password
 */
public record StackEndpoints(String kafkaBootstrapServers, String jdbcServerUrl, String jdbcUser,
                             String jdbcPassword) {
}
