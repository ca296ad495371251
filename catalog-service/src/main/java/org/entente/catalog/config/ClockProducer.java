package org.entente.catalog.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock the catalog stamps its records with: system time in UTC. */
@ApplicationScoped
public class ClockProducer {

    /** The UTC system clock. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
