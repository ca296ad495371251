package org.entente.localstack.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A stand-in for an Entente service, run as {@code java -jar} by the launcher's tests. It fails to start unless its
 * database and Kafka answer with the settings it got from the environment, then serves:
 * {@code /q/health/ready}; {@code POST /api/articles?title=..&published=..} (needs the API key; publishes the title
 * and date on Kafka and answers 202 like ingest-service, with the title as id and one extracted event; 200 with
 * {@code duplicate: true} for a title seen before); {@code GET /api/articles}, the titles it read back from Kafka
 * since the topic began; {@code GET /api/articles/{title}}, that article with its one event, like catalog-service,
 * once it was read back (404 before); and {@code GET /env}, its settings.
 */
public final class FakeService {

    static final String TOPIC = "fake.articles";
    private static final List<String> SETTINGS = List.of("QUARKUS_HTTP_PORT", "KAFKA_BOOTSTRAP_SERVERS",
            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
            "ENTENTE_API_KEYS");

    private final Map<String, String> env = System.getenv();
    private final Map<String, String> posted = new ConcurrentHashMap<>();
    private final List<String> readBack = new CopyOnWriteArrayList<>();
    private KafkaProducer<String, String> producer;

    private FakeService() {
    }

    public static void main(String[] args) throws Exception {
        new FakeService().run();
    }

    private void run() throws Exception {
        try (Connection c = DriverManager.getConnection(env.get("QUARKUS_DATASOURCE_JDBC_URL"),
                env.get("QUARKUS_DATASOURCE_USERNAME"), env.get("QUARKUS_DATASOURCE_PASSWORD"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS started (at timestamptz DEFAULT now())");
            s.execute("INSERT INTO started DEFAULT VALUES");
        }
        String bootstrap = env.get("KAFKA_BOOTSTRAP_SERVERS");
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        producer.partitionsFor(TOPIC); // fails the start when Kafka does not answer
        Thread consumer = new Thread(() -> consume(bootstrap), "fake-consumer");
        consumer.setDaemon(true);
        consumer.start();

        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(env.get("QUARKUS_HTTP_PORT"))),
                0);
        server.createContext("/q/health/ready", exchange -> reply(exchange, 200, "UP"));
        server.createContext("/env", exchange -> reply(exchange, 200, SETTINGS.stream()
                .map(name -> name + "=" + env.get(name)).collect(Collectors.joining("\n"))));
        server.createContext("/api/articles", this::articles);
        server.start();
    }

    private void consume(String bootstrap) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "fake-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(TOPIC));
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    readBack.add(record.value());
                }
            }
        }
    }

    private void articles(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod())) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/api/articles")) {
                reply(exchange, 200, String.join("\n", readBack));
            } else {
                String title = path.substring(path.lastIndexOf('/') + 1);
                boolean known = readBack.stream().anyMatch(line -> line.startsWith(title + " "));
                reply(exchange, known ? 200 : 404, "{\"events\":[{}],\"agreements\":[],\"trade\":[]}");
            }
            return;
        }
        if (!env.get("ENTENTE_API_KEYS").equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
            reply(exchange, 401, "no key");
            return;
        }
        exchange.getRequestBody().readAllBytes();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String title = query.get("title");
        String published = query.getOrDefault("published", "-");
        String outcome = "{\"id\":\"%s\",\"duplicate\":%s,\"events\":1,\"agreements\":0,\"trade\":0}";
        if (posted.putIfAbsent(title, published) != null) {
            reply(exchange, 200, outcome.formatted(title, true));
            return;
        }
        producer.send(new ProducerRecord<>(TOPIC, title, title + " published=" + published));
        producer.flush();
        reply(exchange, 202, outcome.formatted(title, false));
    }

    private static Map<String, String> query(String raw) {
        return Arrays.stream(raw.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
