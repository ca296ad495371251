package org.entente.ingest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the JSON API of a service on this machine. Bodies are parsed with Jackson so that numbers keep their full
 * precision; a status other than the expected one fails with the body in the message.
 */
public final class JsonApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE_LIMIT = 500;

    private final int port;

    /** @param port the service's HTTP port on localhost */
    public JsonApi(int port) {
        this.port = port;
    }

    /** A request to this service. */
    public RequestSpecification request() {
        return given().baseUri("http://localhost").port(port);
    }

    /** {@code GET path?params}, expected to answer 200. */
    public JsonNode get(String path, Map<String, ?> params) {
        Response response = request().queryParams(params).get(path);
        assertThat(response.statusCode()).as("GET %s %s: %s", path, params, response.asString()).isEqualTo(200);
        return parse(response.asString());
    }

    /** {@code GET path}, expected to answer 200. */
    public JsonNode get(String path) {
        return get(path, Map.of());
    }

    /** The status {@code GET path} answers. */
    public int status(String path) {
        return request().get(path).statusCode();
    }

    /** Every item of a paged list ({@code {"items": [...], "nextCursor": ...}}), following the cursors. */
    public List<JsonNode> all(String path, Map<String, String> params) {
        List<JsonNode> items = new ArrayList<>();
        Map<String, Object> query = new HashMap<>(params);
        query.put("limit", PAGE_LIMIT);
        while (true) {
            JsonNode page = get(path, query);
            page.path("items").forEach(items::add);
            JsonNode cursor = page.path("nextCursor");
            if (!cursor.isTextual()) {
                return items;
            }
            query.put("cursor", cursor.asText());
        }
    }

    /** Parses a JSON text. */
    public static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}
