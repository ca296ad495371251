package org.entente.catalog.service.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterAssignmentTest {

    @Test
    void aClusterThatGrewKeepsItsEntity() {
        Map<Integer, Long> assignment = ClusterAssignment.assign(
                List.of(Set.of(1L, 2L, 3L)), Map.of(10L, Set.of(1L, 2L)));

        assertThat(assignment).containsExactly(Map.entry(0, 10L));
    }

    @Test
    void aNewClusterGetsNoEntity() {
        Map<Integer, Long> assignment = ClusterAssignment.assign(
                List.of(Set.of(1L), Set.of(5L)), Map.of(10L, Set.of(1L)));

        assertThat(assignment).containsExactly(Map.entry(0, 10L));
    }

    @Test
    void whenAnEntitySplitsTheLargerPartKeepsIt() {
        Map<Integer, Long> assignment = ClusterAssignment.assign(
                List.of(Set.of(1L), Set.of(2L, 3L)), Map.of(10L, Set.of(1L, 2L, 3L)));

        assertThat(assignment).containsExactly(Map.entry(1, 10L));
    }

    @Test
    void anEntityWithoutMentionsLeftIsNotAssigned() {
        Map<Integer, Long> assignment = ClusterAssignment.assign(
                List.of(Set.of(2L)), Map.of(10L, Set.of(1L), 11L, Set.of(2L)));

        assertThat(assignment).containsExactly(Map.entry(0, 11L));
    }

    @Test
    void whenTwoEntitiesMergeTheOneSharingMoreKeepsItsIdAndTiesGoToTheLowerId() {
        assertThat(ClusterAssignment.assign(List.of(Set.of(1L, 2L, 3L)),
                Map.of(10L, Set.of(1L), 11L, Set.of(2L, 3L)))).containsExactly(Map.entry(0, 11L));
        assertThat(ClusterAssignment.assign(List.of(Set.of(1L, 2L)),
                Map.of(11L, Set.of(2L), 10L, Set.of(1L)))).containsExactly(Map.entry(0, 10L));
    }
}
