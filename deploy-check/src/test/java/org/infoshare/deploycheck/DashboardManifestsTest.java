package org.infoshare.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;

/**
 * Issue 13 on Kubernetes: the dashboard in every overlay of deploy/k8s, checked against what it
 * reads (its application.properties as %prod sees it) and its Dockerfile: its secrets by
 * reference, the four services' addresses, probes on its management port, the hardened pod, its
 * Service, NetworkPolicy (the four services, Kafka and Keycloak; no database), a read-only
 * KafkaUser, and the Ingress in prod. The strict parse and "no literal secret" checks of
 * KustomizeOverlaysTest cover its objects too.
 */
class DashboardManifestsTest {

    private static final String DASHBOARD = "dashboard";
    private static final List<String> SECRETS = List.of("DASHBOARD_STATE_SECRET", "DASHBOARD_SESSION_SECRET",
            "DASHBOARD_PORTAL_SECRET", "KAFKA_PASSWORD");
    /** The service each address variable names. */
    private static final Map<String, String> SERVICE_URLS = Map.of("CONSENT_SERVICE_URL", "consent-service",
            "SHARING_SERVICE_URL", "sharing-service", "BREACH_SERVICE_URL", "breach-service",
            "AUDIT_SERVICE_URL", "audit-service");

    static List<String> overlays() throws java.io.IOException {
        return KustomizeOverlaysTest.overlays();
    }

    private static JsonNode container(List<JsonNode> docs) {
        return Manifests.get(docs, "Deployment", DASHBOARD).path("spec").path("template").path("spec")
                .path("containers").get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("issue 13: the dashboard gets every variable it reads in %prod, its secrets only by secretKeyRef, and each service's address is that service's Service")
    void environment(String overlay) {
        List<JsonNode> docs = Manifests.render(overlay);
        ServiceConfig config = ServiceConfig.of(DASHBOARD);
        JsonNode container = container(docs);
        Map<String, String> env = KustomizeOverlaysTest.environment(docs, container);
        Set<String> needed = new TreeSet<>(config.requiredEnv());
        needed.addAll(config.addressEnv());
        needed.addAll(SECRETS);
        assertThat(env.keySet()).as("%s: variables the dashboard reads in %%prod", overlay).containsAll(needed);
        Map<String, String> secretRefs = new HashMap<>();
        container.path("env").forEach(e -> {
            assertThat(e.has("value")).as("%s sets %s literally", overlay, e.path("name").asText()).isFalse();
            secretRefs.put(e.path("name").asText(), e.path("valueFrom").path("secretKeyRef").path("name").asText());
        });
        assertThat(secretRefs).containsEntry("DASHBOARD_STATE_SECRET", "dashboard-secrets")
                .containsEntry("DASHBOARD_SESSION_SECRET", "dashboard-secrets")
                .containsEntry("DASHBOARD_PORTAL_SECRET", "dashboard-secrets")
                // the User Operator's Secret of the dashboard's KafkaUser
                .containsEntry("KAFKA_PASSWORD", "dashboard");
        assertThat(env).containsEntry("KAFKA_USERNAME", "dashboard");
        SERVICE_URLS.forEach((variable, service) -> {
            int port = Manifests.get(docs, "Service", service).path("spec").path("ports").get(0).path("port").asInt();
            assertThat(env.get(variable)).as("%s %s", overlay, variable).isEqualTo("http://" + service + ":" + port);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("issue 13: the dashboard's image, ports and health probes match its Dockerfile and %prod (management port); non-root, read-only root filesystem")
    void deployment(String overlay) {
        List<JsonNode> docs = Manifests.render(overlay);
        ServiceConfig config = ServiceConfig.of(DASHBOARD);
        JsonNode pod = Manifests.get(docs, "Deployment", DASHBOARD).path("spec").path("template").path("spec");
        JsonNode container = container(docs);
        assertThat(container.path("image").asText()).matches("([a-z0-9.-]+(:[0-9]+)?/)*infoshare/dashboard:[A-Za-z0-9._-]+");
        if (overlay.equals("prod")) {
            assertThat(container.path("image").asText()).doesNotContain("SNAPSHOT").doesNotEndWith(":latest");
        }
        Set<Integer> exposed = new LinkedHashSet<>();
        DockerfileTest.dockerfile(DASHBOARD).all("EXPOSE")
                .forEach(e -> Stream.of(e.args().split("\\s+")).forEach(p -> exposed.add(Integer.parseInt(p))));
        List<Integer> ports = new ArrayList<>();
        container.path("ports").forEach(p -> ports.add(p.path("containerPort").asInt()));
        assertThat(ports).contains(config.httpPort(), config.healthPort());
        assertThat(exposed).containsAll(ports);
        assertThat(config.healthPort()).as("%prod serves health on the management interface").isNotEqualTo(config.httpPort());
        Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready")
                .forEach((probe, path) -> {
                    JsonNode get = container.path(probe).path("httpGet");
                    assertThat(get.path("path").asText()).as("%s %s", overlay, probe).isEqualTo(path);
                    assertThat(KustomizeOverlaysTest.portNumber(container, get.path("port"))).as("%s %s port", overlay, probe)
                            .isEqualTo(config.healthPort());
                });
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean(false)).isTrue();
        assertThat(pod.path("securityContext").path("runAsUser").asInt(0)).isNotZero();
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false)).isTrue();
        assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.path("volumeMounts").findValues("mountPath").stream().map(JsonNode::asText)).contains("/tmp");
        // the Kafka listener admits only pods with this label (networkPolicyPeers)
        assertThat(Manifests.get(docs, "Deployment", DASHBOARD).path("spec").path("template").path("metadata")
                .path("labels").path("infoshare.org/kafka-client").asText()).isEqualTo("true");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("issue 13: the dashboard's Service, PDB, autoscaler and NetworkPolicy: in on its pages (and health from monitoring), out to the four services, Kafka and Keycloak, never a database")
    void serviceAndNetwork(String overlay) {
        List<JsonNode> docs = Manifests.render(overlay);
        ServiceConfig config = ServiceConfig.of(DASHBOARD);
        JsonNode svc = Manifests.get(docs, "Service", DASHBOARD);
        assertThat(svc.path("spec").path("ports").findValues("port").stream().map(JsonNode::asInt))
                .contains(config.httpPort(), config.healthPort());
        Manifests.get(docs, "PodDisruptionBudget", DASHBOARD);
        assertThat(Manifests.get(docs, "HorizontalPodAutoscaler", DASHBOARD).path("spec").path("scaleTargetRef")
                .path("name").asText()).isEqualTo(DASHBOARD);

        JsonNode policy = Manifests.get(docs, "NetworkPolicy", DASHBOARD);
        assertThat(policy.path("spec").path("policyTypes").toString()).contains("Ingress", "Egress");
        Set<Integer> ingress = new TreeSet<>();
        policy.path("spec").path("ingress").forEach(r -> r.path("ports").forEach(p -> ingress.add(p.path("port").asInt())));
        assertThat(ingress).containsExactlyInAnyOrder(config.httpPort(), config.healthPort());
        for (JsonNode rule : policy.path("spec").path("ingress")) {
            boolean health = rule.path("ports").findValues("port").stream().anyMatch(p -> p.asInt() == config.healthPort());
            if (health) {
                assertThat(rule.path("from").toString()).as("only monitoring reaches health").contains("monitoring");
            }
        }
        String egress = policy.path("spec").path("egress").toString();
        for (String service : Repo.SERVICES) {
            int port = ServiceConfig.of(service).httpPort();
            boolean allowed = false;
            for (JsonNode rule : policy.path("spec").path("egress")) {
                allowed |= rule.path("to").toString().contains("\"infoshare.org/service\":\"" + service + "\"")
                        && rule.path("ports").findValues("port").stream().anyMatch(p -> p.asInt() == port);
            }
            assertThat(allowed).as("%s: the dashboard reaches %s on %d", overlay, service, port).isTrue();
        }
        assertThat(egress).contains("strimzi.io/cluster").contains("keycloak-operator").doesNotContain("cnpg.io/cluster");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("issue 13: the dashboard's KafkaUser reads exactly the topics it consumes, joins only dashboard-* groups and writes nothing")
    void kafkaUser(String overlay) {
        List<JsonNode> docs = Manifests.render(overlay);
        ServiceConfig config = ServiceConfig.of(DASHBOARD);
        JsonNode user = Manifests.get(docs, "KafkaUser", DASHBOARD);
        assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
        Set<String> read = new TreeSet<>();
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            Set<String> ops = new TreeSet<>();
            acl.path("operations").forEach(o -> ops.add(o.asText()));
            assertThat(ops).doesNotContain("Write", "All", "Create", "Delete", "Alter", "AlterConfigs");
            if (resource.path("type").asText().equals("group")) {
                // each instance has a group of its own: dashboard-<uuid> (application.properties)
                assertThat(config.consumerGroups()).allMatch(g -> g.startsWith(resource.path("name").asText()));
                assertThat(resource.path("name").asText()).isEqualTo("dashboard-");
                assertThat(resource.path("patternType").asText()).isEqualTo("prefix");
            } else {
                assertThat(resource.path("patternType").asText()).isEqualTo("literal");
                read.add(resource.path("name").asText());
            }
        }
        assertThat(read).isEqualTo(new TreeSet<>(config.consumedTopics()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("issue 13: prod serves the dashboard over TLS at the host the production realm's redirect URIs name; dev has no Ingress (port-forward)")
    void ingress(String overlay) {
        List<JsonNode> docs = Manifests.render(overlay);
        if (!overlay.equals("prod")) {
            assertThat(Manifests.find(docs, "Ingress", DASHBOARD)).isEmpty();
            return;
        }
        JsonNode ingress = Manifests.get(docs, "Ingress", DASHBOARD);
        String host = ingress.path("spec").path("rules").get(0).path("host").asText();
        assertThat(ingress.path("spec").path("tls").get(0).path("hosts").toString()).contains(host);
        JsonNode backend = ingress.path("spec").path("rules").get(0).path("http").path("paths").get(0).path("backend")
                .path("service");
        assertThat(backend.path("name").asText()).isEqualTo(DASHBOARD);
        assertThat(backend.path("port").path("name").asText()).isEqualTo("http");
        String redirects = Manifests.ofKind(docs, "KeycloakRealmImport").get(0).path("spec").path("realm").path("clients")
                .findParents("clientId").stream().filter(c -> c.path("clientId").asText().equals(DASHBOARD))
                .findFirst().orElseThrow().path("redirectUris").toString();
        assertThat(redirects).contains("https://" + host + "/");
    }
}
