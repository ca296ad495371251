package org.entente.analytics.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.entente.analytics.service.change.ChangeValidator;
import org.entente.analytics.service.change.InvalidChangeException;
import org.entente.contract.CatalogChange;

/** Reads a record of the catalog's topic into a change the read model can apply. */
@ApplicationScoped
public class CatalogChangeReader {

    private final ObjectMapper mapper;

    public CatalogChangeReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws InvalidChangeException when {@code json} is not a valid {@link CatalogChange} */
    public CatalogChange read(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidChangeException("the record has no value");
        }
        CatalogChange change;
        try {
            change = mapper.readValue(json, CatalogChange.class);
        } catch (JsonProcessingException e) {
            throw new InvalidChangeException("the record is not a CatalogChange: " + e.getOriginalMessage(), e);
        }
        if (change == null) {
            throw new InvalidChangeException("the record is JSON null");
        }
        ChangeValidator.check(change);
        return change;
    }
}
