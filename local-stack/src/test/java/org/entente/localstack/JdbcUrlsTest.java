package org.entente.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcUrlsTest {

    @Test
    void databaseIsAddedToAServerUrl() {
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://127.0.0.1:5432/", "catalog"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/catalog");
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://db.example:5432", "catalog"))
                .isEqualTo("jdbc:postgresql://db.example:5432/catalog");
    }

    @Test
    void databaseIsReplacedAndParametersKept() {
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://localhost:41234/test?loggerLevel=OFF", "ingest"))
                .isEqualTo("jdbc:postgresql://localhost:41234/ingest?loggerLevel=OFF");
    }

    @Test
    void databaseOfAUrlIsFoundOnlyWhenNamed() {
        assertThat(JdbcUrls.database("jdbc:postgresql://h:1/analytics?ssl=true")).contains("analytics");
        assertThat(JdbcUrls.database("jdbc:postgresql://h:1/")).isEmpty();
        assertThat(JdbcUrls.database("jdbc:postgresql://h:1?ssl=true")).isEmpty();
    }

    @Test
    void otherUrlsAndUnsafeNamesAreRefused() {
        assertThatThrownBy(() -> JdbcUrls.withDatabase("jdbc:mysql://h:3306/", "catalog"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> JdbcUrls.withDatabase("jdbc:postgresql://h:1/", "x; DROP DATABASE y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid database name");
    }
}
