package org.entente.catalog.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;
import java.util.Set;

/**
 * The keys that authorise write requests, shared by all Entente services under {@code entente.api}
 * (environment variable {@code ENTENTE_API_KEYS}, comma-separated). None is accepted by default in production.
 */
@ConfigMapping(prefix = "entente.api")
public interface ApiKeyConfig {

    /** The accepted {@code X-Api-Key} values; absent means no write request is authorised. */
    Optional<Set<String>> keys();
}
