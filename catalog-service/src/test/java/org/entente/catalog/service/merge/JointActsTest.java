package org.entente.catalog.service.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JointActsTest {

    private final JointActs joint = new JointActs(List.of("057", "040", "041", "044", "046"));

    @Test
    void aListedCodeAndItsRefinementsAreJoint() {
        assertThat(joint.isJoint("057")).isTrue();
        assertThat(joint.isJoint("0571")).isTrue();
        assertThat(joint.isJoint("046")).isTrue();
    }

    @Test
    void otherCodesAndUnlistedRootsAreDirected() {
        assertThat(joint.isJoint("042")).isFalse();
        assertThat(joint.isJoint("195")).isFalse();
        assertThat(joint.isJoint("04")).isFalse();
        assertThat(joint.isJoint("05")).isFalse();
    }

    @Test
    void codesAreKeptSortedWithoutDuplicates() {
        assertThat(new JointActs(List.of("057", "040", "057")).codes()).containsExactly("040", "057");
    }

    @Test
    void aCodeThatIsNotCameoIsRefused() {
        assertThatThrownBy(() -> new JointActs(List.of("040", "sign")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sign'");
    }
}
