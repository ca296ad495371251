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
 * analysis with recommendations, news reports of conflict and of talks), with the facts the coder must find and the
 * traps it must not fall into, listed next to each article: a {@code fact} row must be coded with its date; a
 * {@code not} row must not be coded with its source, target and code (with any date when its date is empty or
 * {@code -}, else with that date).
 */
class ArticlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"wire-india-china, 2024-06-12", "history-chile-peru, ", "analysis-kenya-somalia, 2021-03-04",
        "wire-thailand-cambodia-pullback, 2024-03-14", "wire-thailand-cambodia, 2023-03-03",
        "news-colombia-venezuela, 2024-10-12", "news-indonesia-malaysia, 2024-06-20",
        "wire-morocco-algeria, 2024-03-14", "wire-japan-philippines, 2024-07-08", "analysis-bolivia-chile, ",
        "wire-sweden-turkey, 2024-01-24", "history-cameroon-nigeria, "})
    void theArticlesFactsAreFoundAndItsTrapsAvoided(String article, String published) throws IOException {
        List<String> events = Coded.events(read(article + ".txt"), published);
        List<String[]> rows = Tsv.read(ArticlesTest.class, article + ".tsv", "expect", "source", "target", "cameo",
                "date", "why");
        assertThat(rows).as(article + ".tsv").isNotEmpty();
        for (String[] row : rows) {
            String coded = row[1] + "→" + row[2] + " " + row[3];
            if (row[0].equals("fact")) {
                assertThat(events).as(row[5]).contains(coded + " " + row[4]);
            } else if (row[4].isEmpty() || row[4].equals("-")) {
                assertThat(events).as(row[5]).noneMatch(e -> e.startsWith(coded));
            } else {
                assertThat(events).as(row[5]).doesNotContain(coded + " " + row[4]);
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
