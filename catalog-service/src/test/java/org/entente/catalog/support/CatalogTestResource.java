package org.entente.catalog.support;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.entente.localstack.test.LocalInfraTestResource;

/**
 * Runs a test class against real Kafka and PostgreSQL (the shared {@link LocalInfraTestResource}, database
 * {@code catalog}). Every catalog test class uses this one annotation; classes with matching resources share one
 * application start.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
public @interface CatalogTestResource {
}
