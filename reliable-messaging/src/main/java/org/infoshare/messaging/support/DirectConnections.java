package org.infoshare.messaging.support;

import io.vertx.pgclient.PgConnectOptions;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * How to open a connection of one's own to the service's database, outside the pool: for LISTEN
 * and for the relay's leadership lock, which must live as long as their connection.
 */
@Singleton
public class DirectConnections {

    private final PgConnectOptions options;

    public DirectConnections(@ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                             @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
                             @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        PgConnectOptions parsed = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
        username.ifPresent(parsed::setUser);
        password.ifPresent(parsed::setPassword);
        this.options = parsed;
    }

    /** A copy, so no caller can change another's. */
    public PgConnectOptions options() {
        return new PgConnectOptions(options);
    }
}
