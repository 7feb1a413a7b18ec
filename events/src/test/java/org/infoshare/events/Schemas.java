package org.infoshare.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/** Loads the event JSON Schemas from the class path and validates JSON against them. */
final class Schemas {

    static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Draft 2020-12 only annotates "format" by default; assert it so a bad uuid or date-time fails. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private Schemas() {
    }

    static boolean exists(EventType type) {
        return Schemas.class.getResource(type.schemaResource()) != null;
    }

    static String text(EventType type) {
        return text(type.schemaResource());
    }

    /** A schema by its class path resource: also the bodies that are not events (the partner webhook). */
    static String text(String resource) {
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode node(EventType type) {
        try {
            return JSON.readTree(text(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Property names whose schema type admits null. */
    static Set<String> nullableProperties(EventType type) {
        return nullablePropertiesOf(node(type));
    }

    /** Property names whose schema type admits null, of a schema already read. */
    static Set<String> nullablePropertiesOf(JsonNode schema) {
        Set<String> nullable = new HashSet<>();
        schema.get("properties").properties().forEach(property -> {
            JsonNode typeNode = property.getValue().get("type");
            if (typeNode != null && typeNode.isArray()) {
                typeNode.forEach(t -> {
                    if (t.asText().equals("null")) {
                        nullable.add(property.getKey());
                    }
                });
            }
        });
        return nullable;
    }

    /** Validation errors of a JSON instance against the type's schema; empty when valid. */
    static List<com.networknt.schema.Error> validate(EventType type, String json) {
        return validate(type.schemaResource(), json);
    }

    /** Validation errors of a JSON instance against the schema at {@code resource}; empty when valid. */
    static List<com.networknt.schema.Error> validate(String resource, String json) {
        return REGISTRY.getSchema(text(resource), InputFormat.JSON).validate(json, InputFormat.JSON);
    }
}
