package org.entente.analytics.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Set;
import org.entente.analytics.service.period.DateSpan;
import org.entente.analytics.service.period.Grain;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    private final CountryCodes countries = new CountryCodes(Set.of("IGO", "SUN"));

    @Test
    void countryCodesAreUpperCasedAndCheckedAgainstIsoAndTheExtras() {
        QueryParameters parameters = new QueryParameters();
        assertThat(parameters.country("a", "pak", countries)).isEqualTo("PAK");
        assertThat(parameters.country("b", "IGO", countries)).isEqualTo("IGO");
        assertThat(parameters.country("b", "SUN", countries)).isEqualTo("SUN");
        assertThatCode(parameters::throwIfInvalid).doesNotThrowAnyException();
    }

    @Test
    void unknownMalformedAndMissingCountriesAreEachReported() {
        QueryParameters parameters = new QueryParameters();
        assertThat(parameters.country("a", "XYZ", countries)).isNull();
        assertThat(parameters.country("b", "PAKI", countries)).isNull();
        parameters.country("c", null, countries);
        InvalidParametersException invalid = catchThrowableOfType(InvalidParametersException.class,
                parameters::throwIfInvalid);
        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("a", "b", "c");
        assertThat(invalid.errors().get(2).message()).isEqualTo("is required");
    }

    @Test
    void aPairOfOneCountryIsReportedOnB() {
        QueryParameters parameters = new QueryParameters();
        parameters.differ("PAK", "PAK");
        InvalidParametersException invalid = catchThrowableOfType(InvalidParametersException.class,
                parameters::throwIfInvalid);
        assertThat(invalid.errors()).singleElement().extracting(FieldError::field).isEqualTo("b");
    }

    @Test
    void yearsAreFourDigits() {
        QueryParameters parameters = new QueryParameters();
        assertThat(parameters.year("from", "2015")).isEqualTo(2015);
        assertThat(parameters.year("to", null)).isNull();
        assertThat(parameters.year("to", "15")).isNull();
        assertThat(catchThrowableOfType(InvalidParametersException.class, parameters::throwIfInvalid).errors())
                .extracting(FieldError::field).containsExactly("to");
    }

    @Test
    void integersMustBeWholeAndInRange() {
        QueryParameters parameters = new QueryParameters();
        assertThat(parameters.integer("window", null, 3, 2, 10)).isEqualTo(3);
        assertThat(parameters.integer("window", "5", 3, 2, 10)).isEqualTo(5);
        parameters.integer("window", "1", 3, 2, 10);
        parameters.integer("limit", "abc", 20, 1, 100);
        parameters.integer("limit", "-4", 20, 1, 100);
        assertThat(catchThrowableOfType(InvalidParametersException.class, parameters::throwIfInvalid).errors())
                .extracting(FieldError::field).containsExactly("window", "limit", "limit");
    }

    @Test
    void choicesAcceptOnlyTheirNames() {
        QueryParameters parameters = new QueryParameters();
        assertThat(parameters.choice("period", null, Grain.YEAR, Grain::fromWireName, "year")).isEqualTo(Grain.YEAR);
        assertThat(parameters.choice("period", "month", Grain.YEAR, Grain::fromWireName, "year"))
                .isEqualTo(Grain.MONTH);
        assertThat(parameters.choice("period", "week", Grain.YEAR, Grain::fromWireName, "year, quarter, month"))
                .isNull();
        assertThat(catchThrowableOfType(InvalidParametersException.class, parameters::throwIfInvalid).errors())
                .singleElement().extracting(FieldError::message).asString().contains("year, quarter, month");
    }

    @Test
    void spansAreWrittenDates() {
        QueryParameters parameters = new QueryParameters();
        assertThat(parameters.span("from", "2024-Q2"))
                .isEqualTo(new DateSpan(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
        assertThat(parameters.span("to", "2024-02-30")).isNull();
        assertThat(catchThrowableOfType(InvalidParametersException.class, parameters::throwIfInvalid).errors())
                .extracting(FieldError::field).containsExactly("to");
    }
}
