package org.entente.ingest.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Set;

/** The application with {@link OneFactOfEachKind} in place of the extraction engine. */
public class OneFactOfEachKindProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(OneFactOfEachKind.class);
    }
}
