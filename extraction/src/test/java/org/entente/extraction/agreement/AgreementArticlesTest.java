package org.entente.extraction.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.extraction.Agreement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole test articles of other country pairs, each with the agreement facts a careful analyst would record
 * ({@code <name>.expected.jsonl}: parties, type, domain, status and date).
 */
class AgreementArticlesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"chile-peru, ''", "india-japan, ''", "egypt-sudan, 2021-03-03",
            "morocco-mauritania, 2024-04-12"})
    void eachArticleYieldsExactlyTheFactsAnAnalystWouldRecord(String name, String published) throws IOException {
        String text = resource(name + ".txt");
        AgreementCoding coding = published.isEmpty() ? Agreements.coding(text)
                : Agreements.coding(text, LocalDate.parse(published));
        List<String> expected = new ArrayList<>();
        for (String line : resource(name + ".expected.jsonl").split("\n")) {
            if (!line.isBlank()) {
                expected.add(key(JSON.readTree(line)));
            }
        }
        assertThat(coding.agreements()).extracting(AgreementArticlesTest::key)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String key(Agreement a) {
        return String.join("-", a.parties()) + " " + a.type() + " " + a.domain() + " " + a.status() + " "
                + (a.date() == null ? "null" : a.date().iso());
    }

    private static String key(JsonNode n) {
        List<String> parties = new ArrayList<>();
        n.get("parties").forEach(p -> parties.add(p.asText()));
        return String.join("-", parties) + " " + n.get("type").asText() + " " + n.get("domain").asText() + " "
                + n.get("status").asText() + " " + (n.get("date").isNull() ? "null" : n.get("date").asText());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AgreementArticlesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
