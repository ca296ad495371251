package org.entente.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void freeNeverHandsOutTheSamePortTwice() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ports.add(Ports.free());
        }
        assertThat(ports).hasSize(200);
    }

    @Test
    void aPortSomebodyListensOnIsInUse() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(Ports.inUse(socket.getLocalPort())).isTrue();
        }
    }

    @Test
    void aFreePortIsNotInUse() {
        assertThat(Ports.inUse(Ports.free())).isFalse();
    }
}
