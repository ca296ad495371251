package org.entente.ingest.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;
import java.util.Set;

/**
 * API keys that authorise writes, under {@code entente.api} (shared by every Entente service).
 */
@ConfigMapping(prefix = "entente.api")
public interface ApiKeyConfig {

    /**
     * Accepted keys, comma-separated ({@code ENTENTE_API_KEYS}). Empty by default, so that in production every write
     * is refused until keys are configured; the dev and test profiles accept {@code dev-key}.
     */
    Optional<Set<String>> keys();
}
