package org.entente.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/** Loopback TCP ports: picking a free one and telling whether a given one is taken. */
public final class Ports {

    /** The ports {@link #free()} has handed out in this JVM. */
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private Ports() {
    }

    /**
     * A port nobody listens on at the moment of the call, and that this method has not handed out before in this
     * JVM: the kernel may offer a just-closed ephemeral port again at once, so two calls in a row, before either
     * caller binds its port (Kafka's client and controller listeners), could otherwise get the same one. Another
     * process may still take the port before the caller binds it; for the short time between the two that risk is
     * accepted, as every embedded-server library does.
     */
    public static synchronized int free() {
        while (true) {
            int port = anyFree();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
    }

    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** The given port, or a free one when it is 0. */
    public static int orFree(int port) {
        return port == 0 ? free() : port;
    }

    /** Whether something already listens on the given loopback port (or it cannot be bound for another reason). */
    public static boolean inUse(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Fails with a message saying what to do when the given port is taken.
     *
     * @param port the port to check; 0 (any free port) always passes
     * @param what what wants the port, e.g. "Kafka"
     * @param hint how to choose another one, e.g. "--kafka-port or ENTENTE_KAFKA_PORT", or {@code null}
     */
    public static void requireFree(int port, String what, String hint) {
        if (port != 0 && inUse(port)) {
            throw new IllegalStateException(what + " cannot listen on port " + port + ": it is already in use"
                    + (hint == null ? "" : " (stop what uses it, or choose another port with " + hint + ")"));
        }
    }
}
