package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.entente.extraction.text.Tsv;
import org.junit.jupiter.api.Test;

/**
 * A whole news report of a pair found in no sample set (Colombia and Venezuela), written for the rules of
 * consultations and verbal conflict: the facts the coder must find and the traps it must avoid are listed next to
 * it, in the form {@link ArticlesTest} reads.
 */
class TalksArticleTest {

    private static final String ARTICLE = "news-colombia-venezuela";

    @Test
    void theReportsConsultationsAndVerbalConflictAreFoundWithTheirSides() throws IOException {
        List<String> events = Coded.events(read(ARTICLE + ".txt"), "2024-10-12");
        List<String[]> rows = Tsv.read(TalksArticleTest.class, ARTICLE + ".tsv", "expect", "source", "target",
                "cameo", "date", "why");
        assertThat(rows).isNotEmpty();
        for (String[] row : rows) {
            if (row[0].equals("fact")) {
                assertThat(events).as(row[5]).contains(row[1] + "→" + row[2] + " " + row[3] + " " + row[4]);
            } else if (row[4].equals("-")) {
                assertThat(events).as(row[5]).noneMatch(e -> e.startsWith(row[1] + "→" + row[2] + " " + row[3]));
            } else {
                assertThat(events).as(row[5]).doesNotContain(row[1] + "→" + row[2] + " " + row[3] + " " + row[4]);
            }
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = TalksArticleTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
