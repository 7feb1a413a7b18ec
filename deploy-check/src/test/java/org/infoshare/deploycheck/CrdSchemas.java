package org.infoshare.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operators' published CRD schemas (src/test/resources/crds, README there), made strict:
 * an object schema that lists its properties refuses others unless it preserves unknown fields.
 */
final class CrdSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Optional<Schema>> CACHE = new ConcurrentHashMap<>();

    private CrdSchemas() {
    }

    /** The schema for a custom resource, if one is committed: crds/<group>_<Kind>.json. */
    static Optional<Schema> forResource(JsonNode doc) {
        String group = doc.path("apiVersion").asText().replaceAll("/.*$", "");
        String file = "/crds/" + group + "_" + doc.path("kind").asText() + ".json";
        return CACHE.computeIfAbsent(file, CrdSchemas::load);
    }

    static List<String> problems(Schema schema, JsonNode doc) {
        List<String> problems = new ArrayList<>();
        schema.validate(doc.toString(), InputFormat.JSON).forEach(e -> problems.add(e.toString()));
        return problems;
    }

    private static Optional<Schema> load(String resource) {
        try (InputStream in = CrdSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            JsonNode schema = JSON.readTree(in);
            strict(schema);
            return Optional.of(REGISTRY.getSchema(schema.toString(), InputFormat.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** additionalProperties:false where Kubernetes would prune (structural schemas), x-kubernetes-* dropped. */
    static void strict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            boolean preserve = object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                if (names.next().startsWith("x-kubernetes-")) {
                    names.remove();
                }
            }
            if (object.has("properties") && !object.has("additionalProperties") && !preserve) {
                object.put("additionalProperties", false);
            }
            if (object.has("properties")) {
                object.get("properties").forEach(CrdSchemas::strict);
            }
            for (String key : List.of("items", "additionalProperties")) {
                if (object.has(key)) {
                    strict(object.get(key));
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(CrdSchemas::strict);
        }
    }
}
