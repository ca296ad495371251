package org.entente.localstack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Apache Kafka's own broker, in this JVM, as a one-node KRaft cluster (combined broker and controller) listening on
 * 127.0.0.1.
 *
 * <p>Topics are created on first use with 3 partitions; every internal topic (consumer offsets, transaction state,
 * share-group state) has replication factor 1 and min ISR 1, so consumer groups, dead-letter topics and
 * transactional producers all work on the single node. Consumer groups start without the usual initial rebalance
 * delay.
 *
 * <p>The log directory is formatted on first start and reused afterwards, so a persistent directory keeps its topics
 * and offsets across restarts. {@link #startTemporary(int)} uses a fresh temporary directory that {@link #close()}
 * deletes.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String HOST = "127.0.0.1";

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDir;
    private final boolean temporary;

    private EmbeddedKafka(KafkaRaftServer server, int port, Path logDir, boolean temporary) {
        this.server = server;
        this.port = port;
        this.logDir = logDir;
        this.temporary = temporary;
    }

    /**
     * Starts a broker whose data lives in the given directory, formatting it when it is new.
     *
     * @param logDir where topics and cluster metadata are kept; created if missing
     * @param port   the client port, or 0 for a free one
     * @return the running broker, ready for clients
     */
    public static EmbeddedKafka start(Path logDir, int port) throws IOException {
        return start(logDir, port, false);
    }

    /** Starts a broker on a fresh temporary directory that {@link #close()} deletes; port 0 picks a free one. */
    public static EmbeddedKafka startTemporary(int port) throws IOException {
        return start(Files.createTempDirectory("entente-kafka"), port, true);
    }

    private static EmbeddedKafka start(Path logDir, int port, boolean temporary) throws IOException {
        Ports.requireFree(port, "Kafka", null);
        Files.createDirectories(logDir);
        int clientPort = Ports.orFree(port);
        KafkaConfig config = KafkaConfig.fromProps(brokerProperties(logDir, clientPort, Ports.free()), false);
        if (!isFormatted(logDir)) {
            format(config, logDir);
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return new EmbeddedKafka(server, clientPort, logDir, temporary);
    }

    private static Properties brokerProperties(Path logDir, int clientPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + clientPort + "," + CONTROLLER_LISTENER + "://" + HOST + ":"
                + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + clientPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());

        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "3");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");

        // one small machine: few threads, and no waiting for a second controller that will never come
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        return p;
    }

    private static boolean isFormatted(Path logDir) {
        return Files.exists(logDir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME));
    }

    /** What {@code kafka-storage.sh format} does, without its {@code main} (which ends the JVM). */
    private static void format(KafkaConfig config, Path logDir) throws IOException {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(report, true, StandardCharsets.UTF_8))
                .setNodeId(config.nodeId())
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(logDir.toAbsolutePath().toString())
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .addDirectory(logDir.toAbsolutePath().toString());
        try {
            formatter.run();
        } catch (Exception e) { // Formatter.run declares Exception; keep what it printed with the cause
            throw new IOException("could not format the Kafka log directory " + logDir + ": "
                    + report.toString(StandardCharsets.UTF_8), e);
        }
    }

    /** The {@code bootstrap.servers} value for clients, e.g. {@code 127.0.0.1:41234}. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** The client port. */
    public int port() {
        return port;
    }

    /** Stops the broker cleanly and, for a temporary broker, deletes its directory. */
    @Override
    public void close() throws IOException {
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            Directories.deleteRecursively(logDir);
        }
    }
}
