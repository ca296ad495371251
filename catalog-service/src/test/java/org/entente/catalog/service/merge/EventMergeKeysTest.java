package org.entente.catalog.service.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventMergeKeysTest {

    private final EventMergeKeys keys = new EventMergeKeys(new JointActs(List.of("040", "041", "044", "046", "057")));

    @Test
    void aJointActHasOneKeyWhicheverPartyIsNamedFirst() {
        for (String code : List.of("040", "041", "044", "046", "057", "0571")) {
            assertThat(keys.of("PAK", "IRQ", code, "2021-03-14")).isEqualTo(keys.of("IRQ", "PAK", code, "2021"))
                    .startsWith("IRQ-PAK|");
        }
    }

    @Test
    void anyOtherActIsKeyedByItsDirectedPair() {
        assertThat(keys.of("PAK", "IRQ", "042", "2021-03-14")).isEqualTo("PAK>IRQ|04|2021");
        assertThat(keys.of("IRQ", "PAK", "042", "2021")).isEqualTo("IRQ>PAK|04|2021");
        assertThat(keys.of("PAK", "IRQ", "195", null)).isEqualTo("PAK>IRQ|19|-");
        assertThat(keys.of("IRQ", "PAK", "04", "2021")).isEqualTo("IRQ>PAK|04|2021");
    }

    @Test
    void jointAndDirectedActsOfOneRootNeverShareAKey() {
        assertThat(keys.of("IRQ", "PAK", "040", "2021")).isNotEqualTo(keys.of("IRQ", "PAK", "04", "2021"));
    }
}
