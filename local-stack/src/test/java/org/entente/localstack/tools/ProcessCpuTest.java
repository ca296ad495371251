package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessCpuTest {

    @Test
    void thisProcessHasUsedSomeCpuAndMoreAfterWork() {
        long pid = ProcessHandle.current().pid();
        Duration before = ProcessCpu.of(pid).orElseThrow();
        long sum = 0;
        for (long i = 0; i < 300_000_000L; i++) {
            sum += i ^ (sum >>> 3);
        }

        assertThat(sum).isNotZero();
        assertThat(ProcessCpu.of(pid).orElseThrow()).isGreaterThan(before);
    }

    @Test
    void recognisesThePostmasterOfAPortOnly() {
        String line = "/tmp/embedded-pg/PG-75b6/bin/postgres -D /tmp/entente-postgres1/data -p 44489 -F -c fsync=off";

        assertThat(ProcessCpu.isPostmasterOn(line, 44489)).isTrue();
        assertThat(ProcessCpu.isPostmasterOn(line, 4448)).isFalse();
        assertThat(ProcessCpu.isPostmasterOn("/usr/bin/java -p 44489 -jar x.jar", 44489)).isFalse();
        assertThat(ProcessCpu.isPostmasterOn("postgres: entente analytics 127.0.0.1(47606) idle", 44489)).isFalse();
    }

    @Test
    void noServerOnAnUnusedPortGivesNothing() {
        assertThat(ProcessCpu.ofPostgres(1)).isEmpty();
    }
}
