package org.entente.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.entente.catalog.model.CatalogEvent;
import org.entente.catalog.model.EventMention;
import org.entente.catalog.service.merge.JointActs;
import org.junit.jupiter.api.Test;

class EventRepresentationTest {

    private static final JointActs JOINT_ACTS = new JointActs(List.of("040", "041", "044", "046", "057"));

    private static EventMention mention(String article, String cameo, int quad, String date, String precision,
                                        double confidence, int reportedSecond) {
        EventMention m = new EventMention();
        m.articleId = article;
        m.factId = "f1";
        m.dyad = "IRQ-PAK";
        m.source = "PAK";
        m.target = "IRQ";
        m.cameo = cameo;
        m.quad = quad;
        m.goldstein = quad;
        m.date = date;
        m.datePrecision = precision;
        m.confidence = confidence;
        m.reportedAt = Instant.EPOCH.plusSeconds(reportedSecond);
        return m;
    }

    @Test
    void anEventTakesTheMostSpecificCodeAndDateItsMentionsAgreeOn() {
        CatalogEvent event = new CatalogEvent();
        List<EventMention> members = List.of(
                mention("a", "04", 1, "2021-03-14", "day", 0.9, 30),
                mention("b", "042", 1, "2021", "year", 0.5, 10),
                mention("b", "0421", 2, "2021-03", "month", 0.4, 20));

        EventCatalog.represent(event, "PAK>IRQ|04|2021", members, JOINT_ACTS);

        assertThat(event.cameo).isEqualTo("0421");
        assertThat(event.cameoRoot).isEqualTo("04");
        assertThat(event.quad).isEqualTo(2);
        assertThat(event.date).isEqualTo("2021-03-14");
        assertThat(event.datePrecision).isEqualTo("day");
        assertThat(event.dateStart).isEqualTo(LocalDate.of(2021, 3, 14));
        assertThat(event.sortKey).isEqualTo((int) LocalDate.of(2021, 3, 14).toEpochDay());
        assertThat(event.mentionCount).isEqualTo(3);
        assertThat(event.articles).containsExactly("a", "b");
        assertThat(event.firstReported).isEqualTo(Instant.EPOCH.plusSeconds(10));
        assertThat(event.lastReported).isEqualTo(Instant.EPOCH.plusSeconds(30));
    }

    @Test
    void anUndatedEventSortsLast() {
        CatalogEvent event = new CatalogEvent();

        EventCatalog.represent(event, "PAK>IRQ|04|-", List.of(mention("a", "042", 1, null, null, 0.9, 0)),
                JOINT_ACTS);

        assertThat(event.date).isNull();
        assertThat(event.sortKey).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void aJointActListsItsPartiesAlphabeticallyWhateverOrderItsMentionsGive() {
        EventMention reversed = mention("a", "057", 1, "2021-03-14", "day", 0.9, 0);
        EventMention inOrder = mention("b", "057", 1, "2021-03-14", "day", 0.9, 10);
        inOrder.source = "IRQ";
        inOrder.target = "PAK";

        for (List<EventMention> members : List.of(List.of(reversed), List.of(reversed, inOrder),
                List.of(inOrder, reversed))) {
            CatalogEvent event = new CatalogEvent();
            EventCatalog.represent(event, "IRQ-PAK|05|2021", members, JOINT_ACTS);
            assertThat(event.source).isEqualTo("IRQ");
            assertThat(event.target).isEqualTo("PAK");
        }
    }

    @Test
    void aDirectedActKeepsTheDirectionOfItsMentions() {
        CatalogEvent event = new CatalogEvent();

        EventCatalog.represent(event, "PAK>IRQ|04|2021", List.of(mention("a", "042", 1, "2021", "year", 0.9, 0)),
                JOINT_ACTS);

        assertThat(event.source).isEqualTo("PAK");
        assertThat(event.target).isEqualTo("IRQ");
    }
}
