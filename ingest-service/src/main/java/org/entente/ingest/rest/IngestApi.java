package org.entente.ingest.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's description for OpenAPI ({@code /q/openapi}, Swagger UI at {@code /q/swagger-ui}). */
@OpenAPIDefinition(info = @Info(title = "Entente ingest-service", version = "1",
        description = "Upload articles about relations between countries; their facts are extracted and published "
                + "on Kafka. Errors are application/problem+json."))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-Api-Key")
public class IngestApi extends Application {
}
