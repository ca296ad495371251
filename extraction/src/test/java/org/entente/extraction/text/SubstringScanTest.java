package org.entente.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SubstringScanTest {

    private final SubstringScan scan = SubstringScan.of(List.of("export", "trade"));

    @Test
    void needleInsideALongerWordIsFound() {
        assertThat(scan.foundIn("Pakistan's exporters grew")).isTrue();
        assertThat(scan.foundIn("bilateral TRADE rose")).isTrue();
    }

    @Test
    void textWithoutANeedleIsNotAMatch() {
        assertThat(scan.foundIn("The ministers met in Ankara.")).isFalse();
        assertThat(scan.foundIn("expor")).isFalse();
        assertThat(scan.foundIn("")).isFalse();
    }

    @Test
    void textWithADottedCapitalIIsSearchedAsLowerCased() {
        // "İ" lower-cases to "i" and a combining dot, so "İmport" holds no "import" once lower-cased
        SubstringScan imports = SubstringScan.of(List.of("import"));
        assertThat(imports.foundIn("\u0130mport")).isEqualTo("\u0130mport".toLowerCase(java.util.Locale.ROOT)
                .contains("import"));
        assertThat(imports.foundIn("\u0130 import")).isTrue();
    }

    @Test
    void needlesThatAreNotLowerCaseAsciiStillMatchAsLowerCasedText() {
        SubstringScan accented = SubstringScan.of(List.of("müller"));
        assertThat(accented.foundIn("Herr MÜLLER said")).isTrue();
        assertThat(accented.foundIn("Herr Muller said")).isFalse();
    }
}
