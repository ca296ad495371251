package org.entente.catalog.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.entente.catalog.service.InvalidFactException;

/** Reads JSON message values into contract records. */
@ApplicationScoped
public class JsonMessages {

    private final ObjectMapper json;

    JsonMessages(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Reads a message value.
     *
     * @throws InvalidFactException when the value is missing or is not JSON of the expected shape
     */
    public <T> T read(String value, Class<T> type) {
        if (value == null || value.isBlank()) {
            throw new InvalidFactException("the message has no value", null);
        }
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new InvalidFactException("the message is not a valid " + type.getSimpleName() + " JSON document: "
                    + e.getOriginalMessage(), e);
        }
    }
}
