package org.infoshare.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, deliverable 3: every overlay of deploy/k8s renders with Kustomize, every object parses
 * strictly (fabric8's model for core kinds, the operators' schemas for theirs), and what each
 * service gets matches what it reads.
 */
class KustomizeOverlaysTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SECRET_NAME = Pattern.compile(".*(^|_)(PASSWORD|SECRETS?|KEYSET|KEY|TOKEN|CREDENTIALS?)(_|$).*");
    private static final long PROCESSED_IDS_KEPT_MS = 30L * 24 * 3600 * 1000;
    /** Alerts the issue asks for. */
    private static final Set<String> ALERTS = Set.of("InfoshareDeadLetters", "InfoshareOutboxLag", "InfoshareConsumerLag",
            "InfoshareWithdrawalPropagationSlow", "InfoshareWebhookFailures", "InfoshareIcoDeadlineNear",
            "InfoshareAuditVerificationFailed", "InfoshareAuditNoRecentCheckpoint", "InfoshareAuditCheckpointCopyMismatch");
    /** Metrics an alert needs that no service exposes yet; such a rule must say so (label metric_status). */
    private static final Set<String> PENDING_METRICS = Set.of();

    static List<String> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(Repo.path("deploy/k8s/overlays"))) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    static Stream<String[]> overlayServices() throws IOException {
        return overlays().stream().flatMap(o -> Repo.SERVICES.stream().map(s -> new String[] {o, s}));
    }

    @Test
    @DisplayName("issue 14: there are dev and prod overlays")
    void overlaysExist() throws IOException {
        assertThat(overlays()).contains("dev", "prod");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("issue 14: every rendered object parses strictly into its model or validates against its operator's schema")
    void strictParse(String overlay) {
        List<String> problems = problems(Manifests.render(overlay));
        if (!problems.isEmpty()) {
            fail(overlay + ":\n  " + String.join("\n  ", problems));
        }
    }

    static List<String> problems(List<JsonNode> docs) {
        List<String> problems = new ArrayList<>();
        for (JsonNode doc : docs) {
            List<String> found;
            Optional<Schema> schema = CrdSchemas.forResource(doc);
            if (StrictModel.handles(doc)) {
                found = StrictModel.problems(doc);
            } else if (schema.isPresent()) {
                found = CrdSchemas.problems(schema.get(), doc);
            } else if (StructuralChecks.handles(doc)) {
                found = StructuralChecks.problems(doc);
            } else {
                found = List.of("no model or schema for " + StrictModel.key(doc) + ": add one to deploy-check");
            }
            found.forEach(p -> problems.add(Manifests.id(doc) + ": " + p));
        }
        return problems;
    }

    @Test
    @DisplayName("issue 14: the strict parse catches a misspelt field, a wrong type and an unknown operator field")
    void brokenObjectsFail() throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        for (JsonNode doc : Manifests.render("prod")) {
            docs.add(doc.deepCopy());
        }
        Map<String, JsonNode> byId = new HashMap<>();
        docs.forEach(d -> byId.put(Manifests.id(d), d));
        ((com.fasterxml.jackson.databind.node.ObjectNode) byId.get("Deployment/consent-service").path("spec").path("template")
                .path("spec").path("containers").get(0)).put("readinesProbe", "x");
        ((com.fasterxml.jackson.databind.node.ObjectNode) byId.get("Service/sharing-service").path("spec"))
                .put("ports", "not-a-list");
        ((com.fasterxml.jackson.databind.node.ObjectNode) byId.get("KafkaTopic/consent-events").path("spec"))
                .put("partition", 3);
        ((com.fasterxml.jackson.databind.node.ObjectNode) byId.get("Cluster/audit-db").path("spec"))
                .put("instance", 3);
        ((com.fasterxml.jackson.databind.node.ObjectNode) byId.get("PrometheusRule/infoshare-alerts").path("spec"))
                .put("group", "x");
        assertThat(problems(docs))
                .anyMatch(p -> p.startsWith("Deployment/consent-service") && p.contains("readinesProbe"))
                .anyMatch(p -> p.startsWith("Service/sharing-service"))
                .anyMatch(p -> p.startsWith("KafkaTopic/consent-events") && p.contains("partition"))
                .anyMatch(p -> p.startsWith("Cluster/audit-db") && p.contains("instance"))
                .anyMatch(p -> p.startsWith("PrometheusRule/infoshare-alerts") && p.contains("group"));
        assertThat(problems(Manifests.render("prod"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlayServices")
    @DisplayName("issue 14: the Deployment and its migration Job get every variable the service reads in %prod, secrets only by reference")
    void environment(String overlay, String service) {
        List<JsonNode> docs = Manifests.render(overlay);
        ServiceConfig config = ServiceConfig.of(service);
        Set<String> needed = new TreeSet<>(config.requiredEnv());
        needed.addAll(config.addressEnv());
        for (JsonNode workload : List.of(Manifests.get(docs, "Deployment", service), Manifests.get(docs, "Job", service + "-migrate"))) {
            JsonNode container = workload.path("spec").path("template").path("spec").path("containers").get(0);
            Map<String, String> env = environment(docs, container);
            assertThat(env.keySet()).as("%s %s: variables the service reads in %%prod", overlay, Manifests.id(workload))
                    .containsAll(needed);
            container.path("env").forEach(e -> {
                if (SECRET_NAME.matcher(e.path("name").asText()).matches()) {
                    assertThat(e.has("value")).as("%s %s sets %s literally: use a secretKeyRef", overlay,
                            Manifests.id(workload), e.path("name").asText()).isFalse();
                    assertThat(e.path("valueFrom").has("secretKeyRef")).isTrue();
                }
            });
        }
    }

    /** Variables of a container: env names and the keys of the ConfigMaps it takes whole. */
    static Map<String, String> environment(List<JsonNode> docs, JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        container.path("envFrom").forEach(from -> {
            assertThat(from.has("secretRef")).as("envFrom secretRef hides which keys exist: use secretKeyRef").isFalse();
            JsonNode ref = from.path("configMapRef");
            Optional<JsonNode> map = Manifests.find(docs, "ConfigMap", ref.path("name").asText());
            if (map.isEmpty() && ref.path("optional").asBoolean(false)) {
                return; // an optional ConfigMap the overlay removed
            }
            map.orElseGet(() -> fail("no ConfigMap " + ref.path("name").asText() + " in the rendered overlay"))
                    .path("data").fields().forEachRemaining(f -> env.put(f.getKey(), f.getValue().asText()));
        });
        container.path("env").forEach(e -> env.put(e.path("name").asText(),
                e.has("value") ? e.path("value").asText() : "<" + e.path("valueFrom").fieldNames().next() + ">"));
        return env;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("issue 14: ConfigMaps hold no secret and no Secret object carries a literal value")
    void noLiteralSecrets(String overlay) {
        List<JsonNode> docs = Manifests.render(overlay);
        for (JsonNode secret : Manifests.ofKind(docs, "Secret")) {
            assertThat(secret.has("data") || secret.has("stringData")).as("%s %s has literal data", overlay, Manifests.id(secret))
                    .isFalse();
        }
        for (JsonNode map : Manifests.ofKind(docs, "ConfigMap")) {
            map.path("data").fieldNames().forEachRemaining(key ->
                    assertThat(SECRET_NAME.matcher(key).matches()).as("%s ConfigMap %s holds %s", overlay,
                            Manifests.id(map), key).isFalse());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlayServices")
    @DisplayName("issue 14: image, ports and health probes match the Dockerfile and the service; non-root, read-only root filesystem")
    void deployment(String overlay, String service) {
        List<JsonNode> docs = Manifests.render(overlay);
        ServiceConfig config = ServiceConfig.of(service);
        JsonNode deployment = Manifests.get(docs, "Deployment", service);
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").get(0);
        assertThat(container.path("image").asText()).matches("([a-z0-9.-]+(:[0-9]+)?/)*infoshare/" + service + ":[A-Za-z0-9._-]+");
        if (overlay.equals("prod")) {
            assertThat(container.path("image").asText()).doesNotContain("SNAPSHOT").doesNotEndWith(":latest");
        }
        Dockerfile docker = DockerfileTest.dockerfile(service);
        Set<Integer> exposed = new LinkedHashSet<>();
        docker.all("EXPOSE").forEach(e -> Stream.of(e.args().split("\\s+")).forEach(p -> exposed.add(Integer.parseInt(p))));
        List<Integer> ports = new ArrayList<>();
        container.path("ports").forEach(p -> ports.add(p.path("containerPort").asInt()));
        assertThat(ports).contains(config.httpPort());
        assertThat(exposed).containsAll(ports);
        Map<String, String> probes = Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                "readinessProbe", "/q/health/ready");
        probes.forEach((probe, path) -> {
            JsonNode get = container.path(probe).path("httpGet");
            assertThat(get.path("path").asText()).as("%s %s %s", overlay, service, probe).isEqualTo(path);
            assertThat(portNumber(container, get.path("port"))).as("%s %s %s port%s", overlay, service, probe,
                            config.healthPort() != config.httpPort()
                                    ? " (health is on the management port: enable components/management-port in deploy/k8s/base)"
                                    : " (health is on the API port: components/management-port must be off)")
                    .isEqualTo(config.healthPort());
        });
        boolean nonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false)
                || container.path("securityContext").path("runAsNonRoot").asBoolean(false);
        assertThat(nonRoot).as("runAsNonRoot").isTrue();
        assertThat(pod.path("securityContext").path("runAsUser").asInt(0)).as("runAsUser").isNotZero();
        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false)).isTrue();
        assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        String tmpVolume = null;
        for (JsonNode m : container.path("volumeMounts")) {
            if (m.path("mountPath").asText().equals("/tmp")) {
                tmpVolume = m.path("name").asText();
            }
        }
        assertThat(tmpVolume).as("/tmp is mounted (read-only root filesystem)").isNotNull();
        String tmp = tmpVolume;
        assertThat(pod.path("volumes").findValues("name").stream().map(JsonNode::asText)).contains(tmp);
        for (String kind : List.of("requests", "limits")) {
            assertThat(container.path("resources").path(kind).has("memory")).as("resources.%s.memory", kind).isTrue();
        }
        assertThat(container.path("resources").path("requests").has("cpu")).isTrue();
    }

    static int portNumber(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode p : container.path("ports")) {
            if (p.path("name").asText().equals(port.asText())) {
                return p.path("containerPort").asInt();
            }
        }
        return fail("no container port named " + port.asText());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlayServices")
    @DisplayName("issue 14: Flyway runs in the migration Job as the owner; the Deployment does not migrate (audit-service runs as audit_app)")
    void migrations(String overlay, String service) {
        List<JsonNode> docs = Manifests.render(overlay);
        Map<String, String> run = environment(docs, Manifests.get(docs, "Deployment", service)
                .path("spec").path("template").path("spec").path("containers").get(0));
        Map<String, String> job = environment(docs, Manifests.get(docs, "Job", service + "-migrate")
                .path("spec").path("template").path("spec").path("containers").get(0));
        assertThat(run).containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
        assertThat(job).containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "true").containsEntry("QUARKUS_INIT_AND_EXIT", "true");
        if (service.equals("audit-service")) {
            assertThat(run).containsEntry("AUDIT_APP_DB_USER", "audit_app");
            assertThat(run.getOrDefault("AUDIT_DB_USER", "audit_app")).as("the Deployment never logs in as the owner")
                    .isEqualTo("audit_app");
            assertThat(secretOf(Manifests.get(docs, "Deployment", service), "AUDIT_DB_PASSWORD")).isNotEqualTo("audit-db-app");
            assertThat(secretOf(Manifests.get(docs, "Deployment", service), "AUDIT_APP_DB_PASSWORD")).isNotEqualTo("audit-db-app");
            assertThat(job).containsKeys("AUDIT_DB_USER", "AUDIT_DB_PASSWORD");
            assertThat(secretOf(Manifests.get(docs, "Job", service + "-migrate"), "AUDIT_DB_PASSWORD")).isEqualTo("audit-db-app");
            JsonNode cluster = Manifests.get(docs, "Cluster", "audit-db");
            assertThat(cluster.path("spec").path("managed").path("roles").findValues("name").stream().map(JsonNode::asText))
                    .contains("audit_app");
        }
    }

    /** The Secret a workload's variable comes from ("" when it is not a secretKeyRef). */
    private static String secretOf(JsonNode workload, String variable) {
        for (JsonNode e : workload.path("spec").path("template").path("spec").path("containers").get(0).path("env")) {
            if (e.path("name").asText().equals(variable)) {
                return e.path("valueFrom").path("secretKeyRef").path("name").asText();
            }
        }
        return "";
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlayServices")
    @DisplayName("issue 14: Service, PodDisruptionBudget, autoscaler, NetworkPolicy, ServiceMonitor and database per service")
    void perService(String overlay, String service) {
        List<JsonNode> docs = Manifests.render(overlay);
        ServiceConfig config = ServiceConfig.of(service);
        JsonNode svc = Manifests.get(docs, "Service", service);
        assertThat(svc.path("spec").path("ports").findValues("port").stream().map(JsonNode::asInt)).contains(config.httpPort());
        Manifests.get(docs, "PodDisruptionBudget", service);
        JsonNode hpa = Manifests.get(docs, "HorizontalPodAutoscaler", service);
        int partitions = Manifests.ofKind(docs, "KafkaTopic").stream()
                .filter(t -> config.consumedTopics().contains(t.path("metadata").path("name").asText()))
                .mapToInt(t -> t.path("spec").path("partitions").asInt()).min().orElse(Integer.MAX_VALUE);
        assertThat(hpa.path("spec").path("maxReplicas").asInt()).as("more consumers than partitions sit idle")
                .isLessThanOrEqualTo(partitions);

        JsonNode policy = Manifests.get(docs, "NetworkPolicy", service);
        assertThat(policy.path("spec").path("policyTypes").toString()).contains("Ingress", "Egress");
        Set<Integer> ingress = new TreeSet<>();
        policy.path("spec").path("ingress").forEach(r -> r.path("ports").forEach(p -> ingress.add(p.path("port").asInt())));
        assertThat(ingress).containsExactlyInAnyOrderElementsOf(new TreeSet<>(List.of(config.httpPort(), config.healthPort())));
        String egress = policy.path("spec").path("egress").toString();
        String db = service.substring(0, service.indexOf('-')) + "-db";
        assertThat(egress).contains("\"cnpg.io/cluster\":\"" + db + "\"").contains("strimzi.io/cluster")
                .contains("keycloak-operator");
        Manifests.ofKind(docs, "Cluster").forEach(c -> {
            String other = c.path("metadata").path("name").asText();
            if (!other.equals(db)) {
                assertThat(egress).as("%s may not reach %s", service, other).doesNotContain("\"" + other + "\"");
            }
        });

        JsonNode monitor = Manifests.get(docs, "ServiceMonitor", service);
        JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);
        assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
        assertThat(svc.path("spec").path("ports").findValues("name").stream().map(JsonNode::asText))
                .contains(endpoint.path("port").asText());

        JsonNode cluster = Manifests.get(docs, "Cluster", db);
        Map<String, String> env = environment(docs, Manifests.get(docs, "Deployment", service)
                .path("spec").path("template").path("spec").path("containers").get(0));
        String prefix = service.substring(0, service.indexOf('-')).toUpperCase();
        assertThat(cluster.path("spec").path("bootstrap").path("initdb").path("database").asText())
                .isEqualTo(env.get(prefix + "_DB_NAME"));
        assertThat(env.get("DB_HOST")).isEqualTo(db + "-rw");
        if (overlay.equals("prod")) {
            assertThat(cluster.path("spec").path("instances").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(cluster.path("spec").path("backup").path("barmanObjectStore").path("destinationPath").asText())
                    .as("prod backs up %s", db).isNotBlank();
            assertThat(Manifests.ofKind(docs, "ScheduledBackup").stream()
                    .map(b -> b.path("spec").path("cluster").path("name").asText())).contains(db);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("issue 14: deny by default; Kafka in KRaft mode with node pools; every topic with partitions and retention")
    void platform(String overlay) {
        List<JsonNode> docs = Manifests.render(overlay);
        JsonNode deny = Manifests.get(docs, "NetworkPolicy", "default-deny");
        assertThat(deny.path("spec").path("podSelector").isEmpty()).isTrue();
        assertThat(deny.path("spec").path("policyTypes").toString()).contains("Ingress", "Egress");
        assertThat(deny.path("spec").has("ingress") || deny.path("spec").has("egress")).isFalse();

        JsonNode kafka = Manifests.ofKind(docs, "Kafka").get(0);
        assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/kraft").asText()).isEqualTo("enabled");
        assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/node-pools").asText()).isEqualTo("enabled");
        assertThat(Manifests.ofKind(docs, "KafkaNodePool")).isNotEmpty();
        assertThat(kafka.path("spec").path("kafka").path("authorization").path("type").asText()).isEqualTo("simple");
        assertThat(kafka.path("spec").path("kafka").path("listeners").findValues("type").stream().map(JsonNode::asText))
                .isNotEmpty();
        assertThat(kafka.path("spec").path("kafka").path("config").path("auto.create.topics.enable").asBoolean(true)).isFalse();

        Set<String> topics = new TreeSet<>();
        for (JsonNode topic : Manifests.ofKind(docs, "KafkaTopic")) {
            String name = topic.path("metadata").path("name").asText();
            topics.add(name);
            assertThat(topic.path("spec").path("partitions").asInt()).as(name).isEqualTo(3);
            long retention = topic.path("spec").path("config").path("retention.ms").asLong(-1);
            assertThat(retention).as("%s retention.ms below the 30 days processed ids are kept", name)
                    .isPositive().isLessThan(PROCESSED_IDS_KEPT_MS);
        }
        Set<String> needed = new TreeSet<>(Repo.allTopics());
        Repo.SERVICES.forEach(s -> needed.addAll(ServiceConfig.of(s).consumedTopics()));
        assertThat(topics).containsAll(needed);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlayServices")
    @DisplayName("issue 14: each service's KafkaUser reads what it consumes, writes its dead letters, joins its groups, and writes no other service's topic")
    void kafkaUser(String overlay, String service) {
        List<JsonNode> docs = Manifests.render(overlay);
        ServiceConfig config = ServiceConfig.of(service);
        JsonNode user = Manifests.get(docs, "KafkaUser", service);
        assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
        Map<String, Set<String>> topicOps = new HashMap<>();
        Map<String, Set<String>> groupOps = new HashMap<>();
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            assertThat(resource.path("patternType").asText("literal")).isEqualTo("literal");
            assertThat(resource.path("name").asText()).isNotEqualTo("*");
            Set<String> ops = new TreeSet<>();
            acl.path("operations").forEach(o -> ops.add(o.asText()));
            assertThat(ops).doesNotContain("All", "Create", "Delete", "Alter", "AlterConfigs");
            (resource.path("type").asText().equals("group") ? groupOps : topicOps)
                    .computeIfAbsent(resource.path("name").asText(), k -> new TreeSet<>()).addAll(ops);
        }
        config.consumedTopics().forEach(t -> assertThat(topicOps.getOrDefault(t, Set.of())).as("%s reads %s", service, t)
                .contains("Read", "Describe"));
        config.deadLetterTopics().forEach(t -> assertThat(topicOps.getOrDefault(t, Set.of())).as("%s writes %s", service, t)
                .contains("Write"));
        config.consumerGroups().forEach(g -> assertThat(groupOps.getOrDefault(g, Set.of())).as("%s joins %s", service, g)
                .contains("Read"));
        assertThat(groupOps.keySet()).as("%s joins only its own groups", service).isSubsetOf(config.consumerGroups());
        // the single-owner topics (events/EventProducers): only their producers may write them
        Map<String, Set<String>> owners = Map.of("consent-events", Set.of("consent-service"),
                "sharing-events", Set.of("sharing-service"),
                // consent-service: breach-notice-dispatched; audit-service: the P15.2 misuse reports
                "breach-events", Set.of("breach-service", "consent-service", "audit-service"),
                "audit-checkpoints", Set.of("audit-service"),
                // P12.2: each prepares its part of a subject access answer; consent-service assembles them
                "subject-access-parts", Set.of("sharing-service", "breach-service", "audit-service"));
        topicOps.forEach((topic, ops) -> {
            if (ops.contains("Write")) {
                Set<String> allowed = topic.endsWith(".dead-letter")
                        ? Set.of(topic.substring(0, topic.length() - ".dead-letter".length()))
                        : owners.getOrDefault(topic, Set.copyOf(Repo.SERVICES));
                assertThat(allowed).as("%s may not write %s", service, topic).contains(service);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("issue 14: Keycloak imports the local realm only in dev; prod imports the production template")
    void realm(String overlay) throws IOException {
        List<JsonNode> docs = Manifests.render(overlay);
        List<JsonNode> imports = Manifests.ofKind(docs, "KeycloakRealmImport");
        assertThat(imports).hasSize(1);
        JsonNode realm = imports.get(0).path("spec").path("realm");
        JsonNode local = JSON.readTree(Repo.read(Repo.path("deploy/keycloak/infoshare-realm.json")));
        if (overlay.equals("dev")) {
            assertThat(realm).as("dev's realm import is deploy/keycloak/infoshare-realm.json (run deploy/k8s/sync-realms)")
                    .isEqualTo(local);
            return;
        }
        JsonNode prodRealm = JSON.readTree(Repo.read(Repo.path("deploy/keycloak/infoshare-realm-prod.json")));
        assertThat(realm).as("%s's realm import is deploy/keycloak/infoshare-realm-prod.json (run deploy/k8s/sync-realms)", overlay)
                .isEqualTo(prodRealm);
        assertThat(realm).isNotEqualTo(local);
        assertThat(realm.path("sslRequired").asText()).isEqualTo("all");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("passwordPolicy").asText()).isNotBlank();
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false)).as(client.path("clientId").asText()).isFalse();
            assertThat(client.has("secret")).as("%s has a literal secret", client.path("clientId").asText()).isFalse();
        }
        for (JsonNode user : realm.path("users")) {
            assertThat(user.has("serviceAccountClientId")).as("prod realm user %s", user.path("username").asText()).isTrue();
            assertThat(user.has("credentials")).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @DisplayName("issue 14: the PrometheusRule has every alert, on metrics the code exposes (or marked as pending)")
    void alerts(String overlay) {
        List<JsonNode> docs = Manifests.render(overlay);
        JsonNode rule = Manifests.ofKind(docs, "PrometheusRule").get(0);
        Set<String> exposed = Metrics.exposed();
        Set<String> names = new TreeSet<>();
        for (JsonNode r : rule.path("spec").path("groups").findValues("rules").stream().flatMap(n -> {
            List<JsonNode> list = new ArrayList<>();
            n.forEach(list::add);
            return list.stream();
        }).toList()) {
            names.add(r.path("alert").asText());
            for (String metric : Metrics.referenced(r.path("expr").asText())) {
                if (PENDING_METRICS.contains(metric)) {
                    assertThat(exposed).as("%s is exposed now: drop it from PENDING_METRICS and the rule's metric_status", metric)
                            .doesNotContain(metric);
                    assertThat(r.path("labels").path("metric_status").asText()).as(r.path("alert").asText()).startsWith("pending");
                } else if (!Metrics.EXTERNAL.contains(metric)) {
                    assertThat(exposed).as("alert %s uses %s: no service registers it", r.path("alert").asText(), metric)
                            .contains(metric);
                }
            }
        }
        assertThat(names).containsAll(ALERTS);
    }

    @Test
    @DisplayName("issue 14: components/management-port renders on prod and moves probes, metrics and a monitoring-only ingress to 9000")
    void managementPortComponent() throws IOException {
        Path dir = Repo.path("deploy-check/target/management-port-check");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - ../../../deploy/k8s/overlays/prod
                components:
                  - ../../../deploy/k8s/components/management-port
                """);
        List<JsonNode> docs = Manifests.parse(Manifests.kustomize("deploy-check/target/management-port-check"));
        assertThat(problems(docs)).isEmpty();
        for (String service : Repo.SERVICES) {
            JsonNode container = Manifests.get(docs, "Deployment", service).path("spec").path("template").path("spec")
                    .path("containers").get(0);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(portNumber(container, container.path(probe).path("httpGet").path("port"))).isEqualTo(9000);
            }
            assertThat(Manifests.get(docs, "ServiceMonitor", service).path("spec").path("endpoints").get(0).path("port").asText())
                    .isEqualTo("management");
            String ingress = Manifests.get(docs, "NetworkPolicy", service).path("spec").path("ingress").toString();
            assertThat(ingress).contains("\"port\":9000").contains("monitoring");
        }
    }

    @Test
    @DisplayName("issue 14: the meters the alerts rely on are found in the code (guards the metric scan itself)")
    void metricScan() {
        assertThat(Metrics.exposed()).contains("infoshare_consumer_dead_lettered_total", "outbox_relay_lag_seconds_bucket",
                "infoshare_withdrawal_propagation_latency_seconds_bucket", "infoshare_webhook_deliveries_total",
                "audit_trail_checkpoint_refused_total", "infoshare_breach_ico_deadline_remaining_seconds",
                "audit_trail_unsigned_age_seconds", "audit_checkpoint_copy_compared_total");
        assertThat(Metrics.referenced("sum by (le) (rate(outbox_relay_lag_seconds_bucket{service=\"a_b_c\"}[5m]))"))
                .containsExactly("outbox_relay_lag_seconds_bucket");
    }
}
