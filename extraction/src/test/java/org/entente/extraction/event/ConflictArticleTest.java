package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.entente.extraction.text.Tsv;
import org.junit.jupiter.api.Test;

/**
 * A wire story of our own about a border conflict between Thailand and Cambodia (a pair in neither the samples nor
 * the dev set): the conflict and coercion facts the coder must find (shows of force, clashes both ways, attacks
 * whose target is the other side, blockades, sanctions and threats of them) and the traps it must avoid, listed in
 * {@code wire-thailand-cambodia.tsv}.
 */
class ConflictArticleTest {

    private static final String ARTICLE = "wire-thailand-cambodia";

    @Test
    void theConflictFactsOfAnUnseenPairAreFoundAndItsTrapsAvoided() throws IOException {
        List<String> events = Coded.events(read(ARTICLE + ".txt"), "2023-03-03");
        for (String[] row : Tsv.read(ConflictArticleTest.class, ARTICLE + ".tsv", "expect", "source", "target",
                "cameo", "date", "why")) {
            if (row[0].equals("fact")) {
                assertThat(events).as(row[5]).contains(row[1] + "→" + row[2] + " " + row[3] + " " + row[4]);
            } else {
                assertThat(events).as(row[5]).noneMatch(e -> e.startsWith(row[1] + "→" + row[2] + " " + row[3]));
            }
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ConflictArticleTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
