package org.entente.analytics.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.entente.analytics.config.ApiConfig;

/** The keys accepted in {@code X-Api-Key}: those configured in {@code entente.api.keys}, none by default. */
@ApplicationScoped
public class ApiKeys {

    private final List<byte[]> accepted;

    public ApiKeys(ApiConfig config) {
        this.accepted = config.keys().orElse(Set.of()).stream()
                .filter(key -> !key.isBlank())
                .map(key -> key.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    /**
     * Whether {@code key} is accepted. Compares with every key in constant time, so that response times do not
     * reveal how much of a key was right.
     */
    public boolean accepts(String key) {
        byte[] candidate = key.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] acceptedKey : accepted) {
            match |= MessageDigest.isEqual(acceptedKey, candidate);
        }
        return match;
    }
}
