package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTest {

    @Test
    void rendersTheShareDoneAsABarWithTheCounts() {
        Tally tally = new Tally(200, 50, 45, 3, 2, 0, 0, 0, List.of());

        String line = ProgressBar.render(tally, 12.34);

        assertThat(line).startsWith("[#######.......................]  25% 50/200 files")
                .contains("accepted 45  duplicates 3  failed 2").endsWith("12.3 s");
    }

    @Test
    void anUnknownTotalShowsAnEmptyBar() {
        assertThat(ProgressBar.render(new Tally(0, 0, 0, 0, 0, 0, 0, 0, List.of()), 0))
                .startsWith("[" + ".".repeat(30) + "]   0% 0/0 files");
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlace() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 5);

        bar.show(tally(1), 0.5);
        bar.show(tally(2), 1.0);

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\n").startsWith("\r[");
        assertThat(text.split("\r", -1)).hasSize(3);
    }

    @Test
    void elsewhereLinesArePrintedAtMostOncePerInterval() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 5);

        bar.show(tally(1), 0.0);
        bar.show(tally(2), 2.0);
        bar.show(tally(3), 6.0);
        bar.finish(tally(4), 7.0);

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3).noneMatch(line -> line.contains("\r"));
        assertThat(lines.get(0)).contains(" 1/10 files");
        assertThat(lines.get(1)).contains(" 3/10 files");
        assertThat(lines.get(2)).contains(" 4/10 files");
    }

    private static Tally tally(int processed) {
        return new Tally(10, processed, processed, 0, 0, 0, 0, 0, List.of());
    }
}
