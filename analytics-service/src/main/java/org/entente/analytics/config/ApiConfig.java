package org.entente.analytics.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;
import java.util.Set;

/** Credentials of the write endpoints ({@code entente.api.*}, or {@code ENTENTE_API_*} variables). */
@ConfigMapping(prefix = "entente.api")
public interface ApiConfig {

    /**
     * The keys accepted in the {@code X-Api-Key} header of write requests ({@code ENTENTE_API_KEYS},
     * comma-separated). None by default: without keys every write is refused.
     */
    Optional<Set<String>> keys();
}
