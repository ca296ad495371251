package org.entente.extraction.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.extraction.TradeFigure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole test articles of other country pairs, each with the trade figures a careful analyst would record
 * ({@code <name>.expected.jsonl}), including figures that are not trade (investment, a surplus, a loan deal,
 * smuggling, a hypothetical volume).
 */
class TradeArticlesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"brazil-china", "kenya-uganda"})
    void eachArticleYieldsExactlyTheFiguresAnAnalystWouldRecord(String name) throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : resource(name + ".expected.jsonl").split("\n")) {
            if (!line.isBlank()) {
                expected.add(key(JSON.readTree(line)));
            }
        }
        assertThat(Trade.of(resource(name + ".txt"))).extracting(TradeArticlesTest::key)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String key(TradeFigure t) {
        return t.exporter() + " " + t.importer() + " " + t.flow() + " " + t.year() + " "
                + (t.valueUsd() == null ? null : Math.round(t.valueUsd())) + " " + t.basis() + " " + t.product();
    }

    private static String key(JsonNode n) {
        return n.get("exporter").asText() + " " + n.get("importer").asText() + " " + n.get("flow").asText() + " "
                + (n.get("year").isNull() ? null : n.get("year").asInt()) + " " + n.get("value_usd").asLong() + " "
                + n.get("basis").asText() + " " + (n.get("product").isNull() ? null : n.get("product").asText());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TradeArticlesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
