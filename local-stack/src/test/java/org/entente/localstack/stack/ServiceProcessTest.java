package org.entente.localstack.stack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProcessTest {

    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @Test
    void ingestAndCatalogStopAtTheC1CompilerWhileAnalyticsKeepsC2() {
        assertThat(ServiceProcess.jvmOptions("ingest-service")).containsAll(ServiceProcess.JVM_OPTIONS)
                .contains(C1_ONLY);
        assertThat(ServiceProcess.jvmOptions("catalog-service")).containsAll(ServiceProcess.JVM_OPTIONS)
                .contains(C1_ONLY);
        assertThat(ServiceProcess.jvmOptions("analytics-service")).isEqualTo(ServiceProcess.JVM_OPTIONS);
    }

    @Test
    void theSharedOptionsCannotBeChangedThroughOneServicesList() {
        ServiceProcess.jvmOptions("catalog-service").add("-Xmx8g");

        assertThat(ServiceProcess.JVM_OPTIONS).doesNotContain("-Xmx8g");
        assertThat(ServiceProcess.jvmOptions("catalog-service")).doesNotContain("-Xmx8g");
    }
}
