package org.infoshare.e2e;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the packaged services in the prod profile start only with every address, login and key
 * given, and never with a committed development key; the refusal names what is wrong. Neither
 * start reaches the database or the broker: the configuration check refuses first.
 */
class ProductionProfileIT {

    private static final Path ROOT = Path.of(System.getProperty("e2e.services.dir", ".."));
    private static final Path LOGS = Path.of(System.getProperty("e2e.logs.dir", "target/e2e-logs"));

    /** The variables each service's %prod reads without a default. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "consent-service", List.of("CONSENT_DB_USER", "CONSENT_DB_PASSWORD", "CONSENT_VAULT_AEAD_KEYSET",
                    "CONSENT_VAULT_INDEX_KEYSET", "PERSON_LINK_BASE_URL"),
            "sharing-service", List.of("SHARING_DB_USER", "SHARING_DB_PASSWORD", "SHARING_SECRETS_KEYSET",
                    "DASHBOARD_BASE_URL"),
            "breach-service", List.of("BREACH_DB_USER", "BREACH_DB_PASSWORD"),
            "audit-service", List.of("AUDIT_APP_DB_USER", "AUDIT_APP_DB_PASSWORD", "AUDIT_DB_USER", "AUDIT_DB_PASSWORD",
                    "AUDIT_SIGNING_KEY"));
    private static final List<String> SHARED = List.of("DB_HOST", "OIDC_AUTH_SERVER_URL", "KAFKA_BOOTSTRAP_SERVERS",
            "KAFKA_SECURITY_PROTOCOL", "KAFKA_USERNAME", "KAFKA_TRUSTSTORE_LOCATION");

    @Test
    @DisplayName("issue 14: with nothing set, each service refuses to start in prod and names every missing variable at once")
    void missingVariablesAreNamed() throws Exception {
        for (var service : REQUIRED.entrySet()) {
            Result result = start(service.getKey(), Map.of());
            assertThat(result.exit()).as(service.getKey()).isNotZero();
            assertThat(result.output()).as(service.getKey()).contains("Configuration validation failed");
            for (String variable : service.getValue()) {
                assertThat(result.output()).as(service.getKey()).contains("Could not expand value " + variable + " ");
            }
            for (String variable : SHARED) {
                assertThat(result.output()).as(service.getKey()).contains("Could not expand value " + variable + " ");
            }
        }
    }

    @Test
    @DisplayName("issue 14: with everything set but a committed development key, consent-, sharing- and audit-service refuse to start in prod, naming the key")
    void developmentKeysAreRefused() throws Exception {
        Map<String, String> keys = Map.of(
                "consent-service", "deploy/local/dev-keys/consent-vault-aead.json",
                "sharing-service", "deploy/local/dev-keys/sharing-secrets-keyset.json",
                "audit-service", "audit-service/dev-keys/checkpoint-signing-ed25519.b64");
        Map<String, String> variables = Map.of(
                "consent-service", "CONSENT_VAULT_AEAD_KEYSET",
                "sharing-service", "SHARING_SECRETS_KEYSET",
                "audit-service", "AUDIT_SIGNING_KEY");
        for (var service : keys.entrySet()) {
            Map<String, String> env = new HashMap<>();
            for (String variable : REQUIRED.get(service.getKey())) {
                env.put(variable, "set-" + variable.toLowerCase());
            }
            SHARED.forEach(variable -> env.put(variable, "set-" + variable.toLowerCase()));
            String prefix = service.getKey().substring(0, service.getKey().indexOf('-')).toUpperCase();
            env.put(prefix + "_DB_NAME", "set");
            env.put("KAFKA_PASSWORD", "set");
            // consent's index keyset stays one of its own, so only the development key is refused
            env.put("CONSENT_VAULT_INDEX_KEYSET", "{\"primaryKeyId\":1,\"key\":[{\"keyData\":{\"value\":\"b3du\"}}]}");
            env.put(variables.get(service.getKey()), Files.readString(ROOT.resolve(service.getValue())).strip());

            Result result = start(service.getKey(), env);
            assertThat(result.exit()).as(service.getKey()).isNotZero();
            assertThat(result.output()).as(service.getKey())
                    .contains("a committed development key (" + service.getValue() + ") is refused in production")
                    .doesNotContain("Could not expand value");
        }
    }

    record Result(int exit, String output) {
    }

    /** Runs the packaged service in its default (prod) profile with only this environment. */
    private static Result start(String service, Map<String, String> env) throws IOException, InterruptedException {
        Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).as("package the services first (./mvnw package)").isRegularFile();
        Files.createDirectories(LOGS);
        Path log = LOGS.resolve(service + "-prod-refused.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx128m", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(service + " neither started nor refused within 90 s; log " + log);
        }
        return new Result(process.exitValue(), Files.readString(log));
    }
}
