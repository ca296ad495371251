package org.entente.catalog.service.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CameoCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"04", "042", "0421", "195"})
    void acceptsTwoToFourDigits(String code) {
        assertThat(CameoCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "04211", "04a", "", " 042"})
    void rejectsOtherShapes(String code) {
        assertThat(CameoCode.isValid(code)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThat(CameoCode.isValid(null)).isFalse();
    }

    @Test
    void rootIsTheFirstTwoDigits() {
        assertThat(CameoCode.root("0421")).isEqualTo("04");
        assertThat(CameoCode.root("19")).isEqualTo("19");
    }

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            "04, 042, true",
            "042, 04, true",
            "042, 0421, true",
            "04, 0421, true",
            "042, 042, true",
            "042, 043, false",
            "0421, 0422, false",
            "04, 05, false",
            "057, 05, true",
            "190, 195, false"})
    void codesAreCompatibleWhenOneIsAPrefixOfTheOther(String a, String b, boolean compatible) {
        assertThat(CameoCode.compatible(a, b)).isEqualTo(compatible);
    }

    @Test
    void moreSpecificIsTheLongerCode() {
        assertThat(CameoCode.moreSpecific("04", "042")).isEqualTo("042");
        assertThat(CameoCode.moreSpecific("0421", "042")).isEqualTo("0421");
    }
}
