package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestSummaryTest {

    private static final JobReport FIRST = new JobReport("j1", true, 3, 3, 1, 1, 1, 4, 1, 2,
            List.of(new FileFailure("photo.png", "The file type image/png is not supported.")));
    private static final JobReport SECOND = new JobReport("j2", true, 2, 2, 2, 0, 0, 3, 0, 1, List.of());

    @Test
    void addsTheJobsUpWithTheFilesRefusedBeforeAnyJob() {
        Tally tally = Tally.of(List.of(FIRST, SECOND), List.of(new FileFailure("big.pdf", "too large")));

        assertThat(tally.total()).isEqualTo(6);
        assertThat(tally.processed()).isEqualTo(6);
        assertThat(tally.accepted()).isEqualTo(3);
        assertThat(tally.duplicate()).isEqualTo(1);
        assertThat(tally.failed()).isEqualTo(2);
        assertThat(tally.events()).isEqualTo(7);
        assertThat(tally.trade()).isEqualTo(3);
        assertThat(tally.failures()).extracting(FileFailure::name).containsExactly("photo.png", "big.pdf");
    }

    @Test
    void summaryListsCountsEveryFailureWithItsReasonAndFactsByKind() {
        String summary = IngestSummary.format("/data/in", Tally.of(List.of(FIRST, SECOND), List.of()), 2, 2.45);

        assertThat(summary.lines().toList()).containsExactly(
                "Uploaded /data/in: 5 files in 2 batches, 2.5 s",
                "  accepted     3",
                "  duplicates   1",
                "  failed       1",
                "    photo.png: The file type image/png is not supported.",
                "  facts        events 7, agreements 1, trade 3");
    }

    @Test
    void exitCodeIsOneOnlyWhenSomeFileFailed() {
        assertThat(IngestSummary.exitCode(Tally.of(List.of(SECOND), List.of()))).isZero();
        assertThat(IngestSummary.exitCode(Tally.of(List.of(FIRST, SECOND), List.of()))).isEqualTo(1);
    }
}
