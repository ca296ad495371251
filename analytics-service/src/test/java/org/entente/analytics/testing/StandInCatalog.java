package org.entente.analytics.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for catalog-service's read API, for the dashboard tests only. It answers the calls the dashboard
 * makes ({@code GET /api/agreements}, {@code /api/agreements/{id}}, {@code /api/events}, {@code /api/events/{id}},
 * {@code /api/articles/{id}}) with the JSON files under {@code stand-in-catalog/}, shaped as catalog-service
 * answers, for the one pair of countries it is told to {@link #serve}; other pairs have no agreements and no events.
 * Like catalog-service it refuses country codes that are not three letters A-Z with a {@code 400} problem. Every
 * answer carries the CORS header catalog-service must send for the dashboard to read it from another origin.
 */
public final class StandInCatalog implements AutoCloseable {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern LIST = Pattern.compile("/api/(agreements|events)");
    private static final Pattern ONE = Pattern.compile("/api/(agreement|event|article)s/([\\w-]+)");
    private static final String EMPTY_PAGE = "{\"items\":[],\"nextCursor\":null}";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private volatile Set<String> pair = Set.of();
    private volatile boolean droppingConnections;

    private StandInCatalog(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
    }

    /** Starts a stand-in on a free port of the loopback interface, serving no pair. */
    public static StandInCatalog start() {
        try {
            StandInCatalog catalog = new StandInCatalog(
                    HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
            catalog.server.start();
            return catalog;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the stand-in catalog", e);
        }
    }

    /** Where the stand-in listens, as the dashboard's {@code entente.analytics.catalog-url}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** From now on, answers with the stand-in's agreements and events for the pair of {@code a} and {@code b}. */
    public void serve(String a, String b) {
        pair = Set.of(a, b);
        droppingConnections = false;
    }

    /** From now on, closes every connection without an answer, as an unreachable catalog-service would fail. */
    public void dropConnections() {
        droppingConnections = true;
    }

    /** Back to serving no pair and answering every request. */
    public void reset() {
        pair = Set.of();
        droppingConnections = false;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (droppingConnections) {
                return;
            }
            Answer answer = answer(exchange.getRequestMethod(), exchange.getRequestURI());
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin == null ? "*" : origin);
            exchange.getResponseHeaders().set("Vary", "Origin");
            exchange.getResponseHeaders().set("Content-Type", answer.status() < 400 ? "application/json"
                    : "application/problem+json");
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private Answer answer(String method, URI uri) {
        String path = uri.getPath();
        if (!"GET".equals(method)) {
            return problem(405, "urn:entente:problem:method-not-allowed", "Method not allowed",
                    "this path does not support the request's method", path, List.of());
        }
        Matcher list = LIST.matcher(path);
        if (list.matches()) {
            return list(list.group(1), path, query(uri));
        }
        Matcher one = ONE.matcher(path);
        if (one.matches() && !pair.isEmpty()) {
            String file = one.group(1) + "-" + one.group(2) + ".json";
            String body = fixture(file);
            if (body != null) {
                return new Answer(200, body);
            }
        }
        return problem(404, "urn:entente:problem:not-found", "Not found", "there is no resource at this path", path,
                List.of());
    }

    private Answer list(String kind, String path, Map<String, String> query) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String parameter : List.of("country", "counterpart")) {
            String code = query.get(parameter);
            if (code != null && !COUNTRY.matcher(code).matches()) {
                problems.add(new FieldProblem(parameter, "must be a country code of 3 letters A-Z, such as PAK"));
            }
        }
        if (!problems.isEmpty()) {
            String detail = String.join("; ", problems.stream().map(p -> p.field() + " " + p.message()).toList());
            return problem(400, "urn:entente:problem:invalid-parameter", "Invalid query parameters", detail, path,
                    problems);
        }
        boolean served = !pair.isEmpty() && pair.equals(Set.of(query.getOrDefault("country", ""),
                query.getOrDefault("counterpart", "")));
        return new Answer(200, served ? fixture(kind + ".json") : EMPTY_PAGE);
    }

    /** The file with the served pair's codes filled in, or null when there is no such file. */
    private String fixture(String file) {
        try (InputStream in = StandInCatalog.class.getResourceAsStream("/stand-in-catalog/" + file)) {
            if (in == null) {
                return null;
            }
            List<String> codes = pair.stream().sorted().toList();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{first}}", codes.get(0))
                    .replace("{{second}}", codes.get(1));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the stand-in's " + file, e);
        }
    }

    private Answer problem(int status, String type, String title, String detail, String path,
                           List<FieldProblem> errors) {
        try {
            return new Answer(status, json.writeValueAsString(new Problem(type, title, status, detail, path, errors)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                String[] nameAndValue = parameter.split("=", 2);
                parameters.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                        nameAndValue.length == 1 ? "" : URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Answer(int status, String body) {
    }

    /** catalog-service's problem document. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private record Problem(String type, String title, int status, String detail, String instance,
                           List<FieldProblem> errors) {
    }

    /** catalog-service's field problem. */
    private record FieldProblem(String field, String message) {
    }
}
