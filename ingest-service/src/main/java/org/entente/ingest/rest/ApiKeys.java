package org.entente.ingest.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.entente.ingest.config.ApiKeyConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

/** The configured API keys ({@code entente.api.keys}); blank entries are ignored. */
@ApplicationScoped
public class ApiKeys {

    private final List<byte[]> keys;

    public ApiKeys(ApiKeyConfig config) {
        this.keys = config.keys().orElse(Set.of()).stream()
                .map(String::strip)
                .filter(key -> !key.isEmpty())
                .map(key -> key.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    /** Whether the key is one of the configured ones; compares in constant time, so timing reveals nothing. */
    public boolean accepts(String key) {
        byte[] given = key.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] known : keys) {
            match |= MessageDigest.isEqual(known, given);
        }
        return match;
    }
}
