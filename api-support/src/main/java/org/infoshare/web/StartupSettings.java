package org.infoshare.web;

import io.smallrye.config.ConfigMapping;

import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * Settings a service cannot run without, each pointing at the property that holds it
 * ({@code infoshare.startup.required.database-user=${quarkus.datasource.username}}). Config mappings
 * are checked member by member before the application starts, so a start missing several variables
 * fails once with every one of them named ("SRCFG00011: Could not expand value CONSENT_DB_USER ..."),
 * instead of one per attempt as the extensions read them. A property absent from a profile (Kafka
 * security outside %prod, Flyway's own login outside audit-service) is simply not checked.
 */
@ConfigMapping(prefix = "infoshare.startup.required")
public interface StartupSettings {

    /** A setting this service or profile does not have. */
    String NOT_CHECKED = "not-checked";

    @WithDefault(NOT_CHECKED)
    String databaseUser();

    @WithDefault(NOT_CHECKED)
    String databasePassword();

    @WithDefault(NOT_CHECKED)
    String databaseUrl();

    @WithDefault(NOT_CHECKED)
    String flywayUser();

    @WithDefault(NOT_CHECKED)
    String flywayPassword();

    @WithDefault(NOT_CHECKED)
    String oidcServer();

    @WithDefault(NOT_CHECKED)
    String kafkaBootstrap();

    @WithDefault(NOT_CHECKED)
    String kafkaProtocol();

    @WithDefault(NOT_CHECKED)
    String kafkaLogin();

    @WithDefault(NOT_CHECKED)
    String kafkaTruststore();

    /**
     * The keys production runs with, checked against the committed development keys
     * ({@link ProductionKeyConverter}); set under %prod only ({@code not-checked} under %local). A
     * key that cannot be expanded is named as missing here too, even where the service itself
     * reads it as optional.
     */
    ProductionKeys productionKey();

    interface ProductionKeys {
        @WithDefault(NOT_CHECKED)
        @WithConverter(ProductionKeyConverter.class)
        String vaultAeadKeyset();

        @WithDefault(NOT_CHECKED)
        @WithConverter(ProductionKeyConverter.class)
        String vaultIndexKeyset();

        @WithDefault(NOT_CHECKED)
        @WithConverter(ProductionKeyConverter.class)
        String sharingSecretsKeyset();

        @WithDefault(NOT_CHECKED)
        @WithConverter(ProductionKeyConverter.class)
        String auditSigningKey();
    }
}
