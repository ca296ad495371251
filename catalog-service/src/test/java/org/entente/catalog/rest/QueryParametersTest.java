package org.entente.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Set;
import org.entente.catalog.config.CatalogConfig;
import org.entente.catalog.repository.DateRange;
import org.entente.catalog.repository.Keyset;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    private static final CatalogConfig.Paging PAGING = new CatalogConfig.Paging() {
        @Override
        public int defaultLimit() {
            return 50;
        }

        @Override
        public int maxLimit() {
            return 500;
        }
    };

    private final QueryParameters params = new QueryParameters(PAGING);

    private Set<String> badFields() {
        return Set.copyOf(catchThrowableOfType(InvalidParametersException.class, params::throwIfInvalid)
                .problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void absentParametersDoNotFilter() {
        assertThat(params.country("country", null)).isNull();
        assertThat(params.dates(null, " ")).isEqualTo(DateRange.ANY);
        assertThat(params.limit(null)).isEqualTo(50);
        assertThat(params.cursor("")).isNull();
        params.throwIfInvalid();
    }

    @Test
    void datesCoverTheirWholePrecision() {
        DateRange range = params.dates("2021-03", "2022");

        assertThat(range.from()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(range.to()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void everyBadValueIsNamed() {
        params.country("country", "pak");
        params.counterpart("PAK", "INDIA");
        params.dates("2021-13", "yesterday");
        params.cameo("4");
        params.quad("5");
        params.limit("501");
        params.cursor("%%%");
        params.flag("conflict", "yes");
        params.oneOf("status", "rumoured", Set.of("signed"));

        assertThat(badFields()).containsExactlyInAnyOrder("country", "counterpart", "from", "to", "cameo", "quad",
                "limit", "cursor", "conflict", "status");
    }

    @Test
    void aCounterpartNeedsACountry() {
        params.counterpart(null, "IND");

        assertThat(badFields()).containsExactly("counterpart");
    }

    @Test
    void toMustNotBeBeforeFrom() {
        params.dates("2022", "2021-12-31");

        assertThat(badFields()).containsExactly("to");
    }

    @Test
    void limitMustBeAWholeNumberInRange() {
        assertThat(params.limit("1")).isEqualTo(1);
        assertThat(params.limit("500")).isEqualTo(500);
        params.limit("0");
        params.limit("ten");

        assertThat(badFields()).containsExactly("limit");
    }

    @Test
    void aCursorRoundTrips() {
        String cursor = Cursors.encode(Integer.MIN_VALUE, 42);

        assertThat(params.cursor(cursor)).isEqualTo(new Keyset(Integer.MIN_VALUE, 42));
    }

    @Test
    void aCursorThatIsNotOursIsRejected() {
        params.cursor("bm90LWEtY3Vyc29y");

        assertThat(badFields()).containsExactly("cursor");
    }
}
