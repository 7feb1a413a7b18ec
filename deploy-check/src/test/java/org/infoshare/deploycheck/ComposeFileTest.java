package org.infoshare.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, deliverable 2: docker-compose.yml validates with docker-compose (no engine needed),
 * and what it gives each service matches what the service reads.
 */
class ComposeFileTest {

    static final String INSTALL = "apt-get install -y docker-compose (Debian's 1.29 validates a file without a Docker engine)";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String ENV_EXAMPLE = "deploy/compose/infoshare.env.example";

    private static JsonNode resolved;

    static List<String> services() {
        return Repo.SERVICES;
    }

    static Commands.Result compose(Path file, String... args) {
        List<String> command = new ArrayList<>(List.of("docker-compose", "--env-file", Repo.path(ENV_EXAMPLE).toString(),
                "-f", file.toString()));
        command.addAll(List.of(args));
        return Commands.run(command, Map.of(), INSTALL);
    }

    @BeforeAll
    static void render() throws IOException {
        Commands.Result config = compose(Repo.path("docker-compose.yml"), "config");
        if (config.exit() != 0) {
            fail("docker-compose config failed:\n" + config.err());
        }
        resolved = YAML.readTree(config.out());
    }

    @Test
    @DisplayName("issue 14: docker-compose config -q accepts docker-compose.yml with the example env file")
    void composeValidates() {
        Commands.Result result = compose(Repo.path("docker-compose.yml"), "config", "-q");
        assertThat(result.exit()).as("docker-compose config -q: %s", result.err()).isZero();
    }

    @Test
    @DisplayName("issue 14: a broken compose file is refused (an unknown option)")
    void brokenComposeFails() throws IOException {
        String text = Repo.read(Repo.path("docker-compose.yml"))
                .replaceFirst("    image: apache/kafka:4.1.2\n", "    image: apache/kafka:4.1.2\n    bogus_key: 1\n");
        Path broken = Repo.path(".deploy-check-broken-compose.yml");
        Files.writeString(broken, text);
        try {
            Commands.Result result = compose(broken, "config", "-q");
            assertThat(result.exit()).isNotZero();
            assertThat(result.err()).contains("bogus_key");
        } finally {
            Files.deleteIfExists(broken);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    @DisplayName("issue 14: every variable the service reads in %prod without a default, and every address, is set")
    void environment(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        JsonNode env = service(service).path("environment");
        Set<String> missing = new LinkedHashSet<>();
        Stream.concat(config.requiredEnv().stream(), config.addressEnv().stream())
                .filter(name -> !env.hasNonNull(name) || env.get(name).asText().isBlank())
                .forEach(missing::add);
        assertThat(missing).as("%s: variables not set in docker-compose.yml", service).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    @DisplayName("issue 14: the service is built from its Dockerfile, publishes its port and waits for healthy dependencies")
    void serviceWiring(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        JsonNode svc = service(service);
        assertThat(svc.path("build").path("context").asText()).endsWith("/" + service);
        assertThat(svc.path("image").asText()).startsWith("infoshare/" + service + ":");
        List<Integer> targets = new ArrayList<>();
        svc.path("ports").forEach(p -> targets.add(p.isObject() ? p.path("target").asInt()
                : Integer.parseInt(p.asText().replaceAll("^.*:", ""))));
        assertThat(targets).as("%s container ports", service).contains(config.httpPort());
        JsonNode depends = svc.path("depends_on");
        assertThat(depends.path("postgres").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(depends.path("keycloak").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(depends.path("kafka-topics").path("condition").asText()).isEqualTo("service_completed_successfully");
        if (config.healthPort() != config.httpPort()) {
            // health on the management interface: its port must be the one the image's HEALTHCHECK tries
            String prefix = service.substring(0, service.indexOf('-')).toUpperCase();
            assertThat(svc.path("environment").path(prefix + "_MANAGEMENT_PORT").asText())
                    .as("%s serves health on the management port %d", service, config.healthPort())
                    .isEqualTo(String.valueOf(config.healthPort()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    @DisplayName("issue 14: the database login the service uses is created by the init script")
    void databaseRoles(String service) {
        String init = Repo.read(Repo.path("deploy/compose/postgres-init.sh"));
        JsonNode env = service(service).path("environment");
        String prefix = service.substring(0, service.indexOf('-')).toUpperCase();
        for (String var : List.of(prefix + "_DB_USER", prefix + "_APP_DB_USER")) {
            if (env.has(var)) {
                assertThat(init).as("postgres-init.sh creates role %s", env.get(var).asText())
                        .containsPattern("role " + env.get(var).asText() + " ");
            }
        }
        assertThat(init).containsPattern("database " + env.path(prefix + "_DB_NAME").asText() + " " + prefix.toLowerCase() + "_svc");
    }

    @Test
    @DisplayName("issue 14: Kafka runs in KRaft mode and every topic the services use is created with 3 partitions")
    void topics() {
        JsonNode kafka = service("kafka");
        assertThat(kafka.path("image").asText()).isEqualTo("apache/kafka:4.1.2");
        assertThat(kafka.path("environment").path("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(kafka.path("environment").path("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText()).isEqualTo("false");
        JsonNode init = service("kafka-topics");
        Set<String> created = Set.of(init.path("environment").path("TOPICS").asText().trim().split("\\s+"));
        Set<String> needed = new LinkedHashSet<>(Repo.allTopics());
        Repo.SERVICES.forEach(s -> needed.addAll(ServiceConfig.of(s).consumedTopics()));
        assertThat(created).containsAll(needed);
        assertThat(init.path("command").toString()).contains("--partitions 3");
    }

    @Test
    @DisplayName("issue 14: stateful servers have health checks and named volumes; Keycloak imports the local realm")
    void infrastructure() {
        for (String name : List.of("kafka", "postgres", "keycloak")) {
            assertThat(service(name).path("healthcheck").path("test").isMissingNode()).as("%s healthcheck", name).isFalse();
        }
        assertThat(service("postgres").path("image").asText()).isEqualTo("postgres:15");
        assertThat(service("keycloak").path("image").asText()).isEqualTo("quay.io/keycloak/keycloak:26.5.6");
        assertThat(service("keycloak").path("volumes").toString()).contains("deploy/keycloak/infoshare-realm.json");
        assertThat(service("keycloak").path("command").toString()).contains("--import-realm");
        Set<String> volumes = new LinkedHashSet<>();
        resolved.path("volumes").fieldNames().forEachRemaining(volumes::add);
        assertThat(volumes).contains("kafka-data", "postgres-data", "keycloak-data");
    }

    @Test
    @DisplayName("issue 14: no development key is written into the compose files")
    void noKeysInCompose() {
        String compose = Repo.read(Repo.path("docker-compose.yml")) + Repo.read(Repo.path(ENV_EXAMPLE));
        try (Stream<Path> keys = Stream.concat(Files.list(Repo.path("deploy/local/dev-keys")),
                Stream.of(Repo.path("audit-service/dev-keys/checkpoint-signing-ed25519.b64")))) {
            keys.forEach(key -> {
                String value = Repo.read(key).strip();
                int mid = value.length() / 2;
                String probe = value.length() > 24 ? value.substring(mid - 12, mid + 12) : value;
                assertThat(compose).as("%s appears in the compose files", key.getFileName()).doesNotContain(probe);
            });
        } catch (IOException e) {
            fail(e);
        }
    }

    private static JsonNode service(String name) {
        JsonNode node = resolved.path("services").path(name);
        assertThat(node.isMissingNode()).as("docker-compose.yml has a service %s", name).isFalse();
        return node;
    }
}
