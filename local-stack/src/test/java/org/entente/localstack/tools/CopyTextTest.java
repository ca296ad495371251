package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CopyTextTest {

    @Test
    void columnsAreTabSeparatedWithNullsAndALineBreak() {
        String line = new CopyText().column(17L).column("IRN-PAK").column(null).column(LocalDate.of(2024, 3, 1))
                .column(-7.5).column(true).line();

        assertThat(line).isEqualTo("17\tIRN-PAK\t\\N\t2024-03-01\t-7.5\ttrue\n");
    }

    @Test
    void backslashesTabsAndLineBreaksInValuesAreEscaped() {
        String line = new CopyText().column("a\\b\tc\nd\re").line();

        assertThat(line).isEqualTo("a\\\\b\\tc\\nd\\re\n");
    }

    @Test
    void arraysAreQuotedElementsInBraces() {
        assertThat(new CopyText().array(List.of("art-1", "art-2")).line()).isEqualTo("{\"art-1\",\"art-2\"}\n");
        assertThat(new CopyText().array(List.of()).line()).isEqualTo("{}\n");
        // a quote in an element is escaped for the array, then the backslash for COPY
        assertThat(new CopyText().array(List.of("say \"hi\"")).line()).isEqualTo("{\"say \\\\\"hi\\\\\"\"}\n");
    }

    @Test
    void theBuilderStartsAfreshAfterEachLine() {
        CopyText text = new CopyText();
        text.column("one").line();

        assertThat(text.column("two").line()).isEqualTo("two\n");
    }
}
