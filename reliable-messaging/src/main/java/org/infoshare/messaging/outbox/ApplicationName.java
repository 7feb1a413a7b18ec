package org.infoshare.messaging.outbox;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's name ({@code quarkus.application.name}), used as the default CloudEvents source. */
@Singleton
public class ApplicationName {

    private final String value;

    public ApplicationName(@ConfigProperty(name = "quarkus.application.name") String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
