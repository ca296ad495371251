package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.entente.extraction.text.Tsv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole short articles of other country pairs and genres (a wire story with a dateline, an encyclopedia history, an
 * analysis with recommendations), with the facts the coder must find and the traps it must not fall into, listed
 * next to each article.
 */
class ArticlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"wire-india-china, 2024-06-12", "history-chile-peru, ", "analysis-kenya-somalia, 2021-03-04",
        "wire-thailand-cambodia-pullback, 2024-03-14"})
    void theArticlesFactsAreFoundAndItsTrapsAvoided(String article, String published) throws IOException {
        List<String> events = Coded.events(read(article + ".txt"), published);
        for (String[] row : Tsv.read(ArticlesTest.class, article + ".tsv", "expect", "source", "target", "cameo",
                "date", "why")) {
            String fact = row[1] + "→" + row[2] + " " + row[3] + " " + row[4];
            if (row[0].equals("fact")) {
                assertThat(events).as(row[5]).contains(fact);
            } else {
                assertThat(events).as(row[5]).noneMatch(e -> e.startsWith(row[1] + "→" + row[2] + " " + row[3]));
            }
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ArticlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
