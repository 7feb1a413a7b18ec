package org.infoshare.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operators' kinds whose published CRDs are not committed here (crds/README.md says why):
 * apiVersion, required fields and an allow-list of the spec fields we use, from each operator's
 * API reference. A misspelt or unsupported field fails as it would against the real schema.
 */
final class StructuralChecks {

    record Shape(String apiVersion, Map<String, Set<String>> allowed, List<String> required) {
    }

    static final Map<String, Shape> SHAPES = Map.of(
            "Kafka", new Shape("kafka.strimzi.io/v1beta2", Map.of(
                    "spec", Set.of("kafka", "entityOperator", "kafkaExporter", "cruiseControl", "clusterCa", "clientsCa",
                            "maintenanceTimeWindows"),
                    "spec.kafka", Set.of("version", "metadataVersion", "listeners", "config", "authorization", "template",
                            "resources", "jvmOptions", "rack", "metricsConfig", "logging", "image", "livenessProbe",
                            "readinessProbe", "brokerRackInitImage", "quotas"),
                    "spec.kafka.listeners[]", Set.of("name", "port", "type", "tls", "authentication", "configuration",
                            "networkPolicyPeers"),
                    "spec.kafka.authorization", Set.of("type", "superUsers"),
                    "spec.entityOperator", Set.of("topicOperator", "userOperator", "template", "tlsSidecar"),
                    "spec.kafkaExporter", Set.of("image", "groupRegex", "topicRegex", "groupExcludeRegex",
                            "topicExcludeRegex", "resources", "logging", "livenessProbe", "readinessProbe", "template",
                            "enableSaramaLogging", "showAllOffsets")),
                    List.of("spec.kafka.listeners", "spec.kafka.version", "spec.kafka.metadataVersion")),
            "KafkaNodePool", new Shape("kafka.strimzi.io/v1beta2", Map.of(
                    "spec", Set.of("replicas", "roles", "storage", "resources", "jvmOptions", "template"),
                    "spec.storage", Set.of("type", "volumes"),
                    "spec.storage.volumes[]", Set.of("id", "type", "size", "class", "deleteClaim", "kraftMetadata",
                            "selector")),
                    List.of("spec.replicas", "spec.roles", "spec.storage", "metadata.labels.strimzi.io/cluster")),
            "Cluster", new Shape("postgresql.cnpg.io/v1", Map.of(
                    "spec", Set.of("instances", "imageName", "primaryUpdateStrategy", "bootstrap", "postgresql", "storage",
                            "resources", "monitoring", "managed", "backup", "affinity", "walStorage", "superuserSecret",
                            "enableSuperuserAccess", "description", "plugins"),
                    "spec.bootstrap", Set.of("initdb", "recovery", "pg_basebackup"),
                    "spec.bootstrap.initdb", Set.of("database", "owner", "secret", "encoding", "localeCollate",
                            "localeCType", "dataChecksums", "postInitApplicationSQL", "postInitApplicationSQLRefs"),
                    "spec.managed", Set.of("roles", "services"),
                    "spec.managed.roles[]", Set.of("name", "ensure", "login", "inherit", "comment", "passwordSecret",
                            "connectionLimit", "validUntil", "inRoles", "superuser", "createdb", "createrole",
                            "replication", "bypassrls", "disablePassword"),
                    "spec.backup", Set.of("retentionPolicy", "barmanObjectStore", "volumeSnapshot", "target"),
                    "spec.backup.barmanObjectStore", Set.of("destinationPath", "endpointURL", "endpointCA", "s3Credentials",
                            "azureCredentials", "googleCredentials", "wal", "data", "serverName", "tags", "historyTags"),
                    "spec.storage", Set.of("size", "storageClass", "resizeInUseVolumes", "pvcTemplate")),
                    List.of("spec.instances", "spec.storage.size")),
            "Keycloak", new Shape("k8s.keycloak.org/v2alpha1", Map.of(
                    "spec", Set.of("instances", "db", "http", "hostname", "proxy", "resources", "features", "ingress",
                            "image", "startOptimized", "additionalOptions", "transaction", "unsupported", "truststores",
                            "cache", "httpManagement", "scheduling", "bootstrapAdmin", "networkPolicy"),
                    "spec.db", Set.of("vendor", "host", "port", "database", "usernameSecret", "passwordSecret", "schema",
                            "url", "poolInitialSize", "poolMinSize", "poolMaxSize"),
                    "spec.http", Set.of("httpEnabled", "httpPort", "httpsPort", "tlsSecret", "annotations", "labels"),
                    "spec.hostname", Set.of("hostname", "admin", "strict", "backchannelDynamic"),
                    "spec.proxy", Set.of("headers")),
                    List.of("spec.db.host", "spec.hostname.hostname")),
            "KeycloakRealmImport", new Shape("k8s.keycloak.org/v2alpha1", Map.of(
                    "spec", Set.of("keycloakCRName", "realm", "placeholders", "resources")),
                    List.of("spec.keycloakCRName", "spec.realm.realm")));

    private StructuralChecks() {
    }

    static boolean handles(JsonNode doc) {
        return SHAPES.containsKey(doc.path("kind").asText());
    }

    static List<String> problems(JsonNode doc) {
        Shape shape = SHAPES.get(doc.path("kind").asText());
        List<String> problems = new ArrayList<>();
        if (!shape.apiVersion().equals(doc.path("apiVersion").asText())) {
            problems.add("apiVersion " + doc.path("apiVersion").asText() + ", expected " + shape.apiVersion());
        }
        Set<String> top = Set.of("apiVersion", "kind", "metadata", "spec");
        doc.fieldNames().forEachRemaining(f -> {
            if (!top.contains(f)) {
                problems.add("unknown top-level field " + f);
            }
        });
        shape.allowed().forEach((path, allowed) -> {
            for (JsonNode node : at(doc, path)) {
                for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                    String field = it.next();
                    if (!allowed.contains(field)) {
                        problems.add("unknown field " + path + "." + field);
                    }
                }
            }
        });
        for (String path : shape.required()) {
            List<JsonNode> nodes = at(doc, path);
            if (nodes.isEmpty() || nodes.get(0).isNull() || (nodes.get(0).isContainerNode() && nodes.get(0).isEmpty())) {
                problems.add("missing " + path);
            }
        }
        return problems;
    }

    /** The nodes at a dotted path; "x[]" steps into every element; labels may contain dots after "labels.". */
    static List<JsonNode> at(JsonNode doc, String path) {
        List<JsonNode> current = List.of(doc);
        String[] steps = path.contains("labels.") ? path.split("\\.", 3) : path.split("\\.");
        for (String step : steps) {
            List<JsonNode> next = new ArrayList<>();
            boolean each = step.endsWith("[]");
            String name = each ? step.substring(0, step.length() - 2) : step;
            for (JsonNode node : current) {
                JsonNode child = node.get(name);
                if (child == null) {
                    continue;
                }
                if (each) {
                    child.forEach(next::add);
                } else {
                    next.add(child);
                }
            }
            current = next;
        }
        return current;
    }
}
