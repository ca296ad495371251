package org.entente.localstack;

import java.util.List;

/**
 * A stand-in for a test JVM: starts {@link ForkedInfra} and prints its child's pid and endpoints, then waits to be
 * killed.
 */
public final class ForkedInfraParent {

    private ForkedInfraParent() {
    }

    public static void main(String[] args) throws Exception {
        ForkedInfra infra = ForkedInfra.start(List.of(args));
        System.out.println("child " + infra.pid() + " " + infra.endpoints().format());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
